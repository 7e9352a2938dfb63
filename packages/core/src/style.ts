/** Signs of an article's house style, shared by the rules that follow it (dates, quotes). */

/** An American wire dateline: “WASHINGTON (AP) —”. */
export function hasAmericanDateline(text: string): boolean {
  return /\((AP|UPI)\)/.test(text)
}

/** American spellings that British English writes otherwise (center, color, favor, labor, defense). */
export function hasAmericanSpelling(text: string): boolean {
  return /\b(center|color|favor|labor|defense)\b/.test(text)
}
