/**
 * Programmatic API of mt-cleanup: clean a text with the recommended plugins and get
 * the change record the CLI reports.
 */
import {createCleaner, type Cleaner, type CleanResult, type RuleFilter} from '@mt-cleanup/core'
import {plugins, type Options as PresetOptions} from '@mt-cleanup/retext-preset-mt-cleanup'

export interface Options extends RuleFilter {
  /** Fixes below this confidence are reported, not applied (default 0.6). */
  minConfidence?: number | undefined
  /** Most passes of fix, re-parse and re-check (default 8). */
  maxPasses?: number | undefined
  /** Re-check only the paragraphs around each pass's changes (default `true`). */
  incremental?: boolean | undefined
  /** Settings for the preset's plugins. */
  preset?: PresetOptions | undefined
}

/** A cleaner with the recommended plugins; create once, use for many texts. */
export function createMtCleaner(options: Options = {}): Cleaner {
  return createCleaner({
    plugins: plugins(options.preset),
    minConfidence: options.minConfidence,
    maxPasses: options.maxPasses,
    incremental: options.incremental,
    enable: options.enable,
    disable: options.disable
  })
}

/** Clean one text with the recommended plugins. */
export function clean(text: string, options: Options = {}): CleanResult {
  return createMtCleaner(options).clean(text)
}

export {buildReport, fileReport, reportVersion, toJson, toMarkdown, type FileReport, type Report, type ReportSettings} from './report.js'
export type {Change, CleanResult, Flag, InputSpan, SkippedFix} from '@mt-cleanup/core'
