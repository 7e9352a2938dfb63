import {diffWordsWithSpace, structuredPatch} from 'diff'

const color = {red: '\u001B[31m', green: '\u001B[32m', cyan: '\u001B[36m', inverse: '\u001B[7m', reset: '\u001B[0m'}

/**
 * A unified diff of the input and the cleaned text. With `colors`, changed words inside
 * changed lines are highlighted (word-level), as on a terminal.
 */
export function unifiedDiff(path: string, before: string, after: string, colors: boolean): string {
  if (before === after) return ''
  const patch = structuredPatch(path, path, before, after, 'input', 'cleaned', {context: 2})
  const lines: string[] = [`--- ${path}\tinput`, `+++ ${path}\tcleaned`]
  for (const hunk of patch.hunks) {
    lines.push(paint(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, color.cyan, colors))
    const body = hunk.lines
    for (let index = 0; index < body.length; index++) {
      const line = body[index]!
      const next = body[index + 1]
      // A removed line followed by its replacement: highlight the words that changed.
      if (colors && line.startsWith('-') && next?.startsWith('+')) {
        const parts = diffWordsWithSpace(line.slice(1), next.slice(1))
        lines.push(color.red + '-' + parts.filter((part) => !part.added).map((part) => (part.removed ? color.inverse + part.value + color.reset + color.red : part.value)).join('') + color.reset)
        lines.push(color.green + '+' + parts.filter((part) => !part.removed).map((part) => (part.added ? color.inverse + part.value + color.reset + color.green : part.value)).join('') + color.reset)
        index++
        continue
      }
      lines.push(line.startsWith('-') ? paint(line, color.red, colors) : line.startsWith('+') ? paint(line, color.green, colors) : line)
    }
  }
  return lines.join('\n') + '\n'
}

function paint(text: string, code: string, colors: boolean): string {
  return colors ? code + text + color.reset : text
}
