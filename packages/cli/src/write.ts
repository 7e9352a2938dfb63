import {randomBytes} from 'node:crypto'
import {chmod, mkdir, rename, stat, unlink, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

/**
 * Write a file atomically: to a temporary file beside it, then rename over it, so a
 * reader (or a crash) never sees half a file. An existing file keeps its mode.
 */
export async function writeAtomic(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  let mode: number | undefined
  try {
    mode = (await stat(path)).mode
  } catch {
    mode = undefined
  }
  await mkdir(dirname(path), {recursive: true})
  try {
    await writeFile(temporary, content, {flag: 'wx'})
    if (mode !== undefined) await chmod(temporary, mode & 0o7777)
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}
