import {readFile, stat} from 'node:fs/promises'

/** Largest input accepted, in bytes: far above any news article, small enough to keep memory and time bounded. */
export const maxInputBytes = 2 * 1024 * 1024

/** A problem with an input that the user can fix; reported as one line, exit code 2. */
export class InputError extends Error {}

export interface Input {
  /** Path as given, or `<stdin>`. */
  path: string
  /** The text, without a byte-order mark. */
  text: string
  /** Whether the bytes began with a UTF-8 byte-order mark (written back on output). */
  bom: boolean
}

export async function readInputFile(path: string): Promise<Input> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(error)})`)
  }
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, expected a text file`)
  if (!info.isFile()) throw new InputError(`${path}: is not a regular file`)
  if (info.size > maxInputBytes) throw new InputError(`${path}: ${formatBytes(info.size)} is larger than the ${formatBytes(maxInputBytes)} limit`)
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  return decode(path, bytes)
}

export async function readStdin(stream: NodeJS.ReadableStream): Promise<Input> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += buffer.length
    if (size > maxInputBytes) throw new InputError(`<stdin>: input is larger than the ${formatBytes(maxInputBytes)} limit`)
    chunks.push(buffer)
  }
  return decode('<stdin>', Buffer.concat(chunks))
}

/** Check and decode raw bytes: binary data, invalid UTF-8 and empty input are refused. */
export function decode(path: string, bytes: Uint8Array): Input {
  if (bytes.length === 0) throw new InputError(`${path}: is empty, nothing to clean`)
  if (bytes.includes(0)) throw new InputError(`${path}: looks like binary data (contains NUL bytes), expected UTF-8 text`)
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bom ? bytes.subarray(3) : bytes)
  } catch {
    throw new InputError(`${path}: is not valid UTF-8 text`)
  }
  if (text.trim() === '') throw new InputError(`${path}: contains only whitespace, nothing to clean`)
  return {path, text, bom}
}

// The most frequent English words: together they make up a third or more of any English prose.
const englishMarkers = new Set(
  'the of and to a in is that for on with as was it by at from he she his her they their said be has have had are were will would not this an but which who its after more than been also'.split(' ')
)

/** Whether a text reads as English: short texts get the benefit of the doubt. */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length < 20) return true
  const markers = words.filter((word) => englishMarkers.has(word)).length
  return markers / words.length >= 0.12
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${bytes} B`
}
