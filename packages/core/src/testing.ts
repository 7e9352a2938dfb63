import retextEnglish from 'retext-english'
import {unified, type Pluggable} from 'unified'
import {VFile} from 'vfile'
import type {Examples} from './data.js'
import {createCleaner, type CleanResult} from './fix.js'
import {assertMessage} from './report.js'

/** Clean `input` with one plugin alone, the way the runner would. */
export function cleanWith(plugin: Pluggable, input: string, minConfidence?: number): CleanResult {
  return createCleaner({plugins: [plugin], minConfidence}).clean(input)
}

/** Messages of one plugin on `input`, each checked against the message contract. */
export function messagesOf(plugin: Pluggable, input: string): VFile['messages'] {
  const processor = unified().use(retextEnglish).use([plugin])
  const file = new VFile({value: input})
  processor.runSync(processor.parse(file), file)
  for (const message of file.messages) assertMessage(file, message)
  return file.messages
}

/** Every example of a data entry as a test case: `fire` must give its output, `keep` must stay. */
export function exampleCases(examples: Examples | undefined): Array<{input: string; output: string; kind: 'fire' | 'keep'}> {
  return [
    ...(examples?.fire ?? []).map((example) => ({...example, kind: 'fire' as const})),
    ...(examples?.keep ?? []).map((input) => ({input, output: input, kind: 'keep' as const}))
  ]
}
