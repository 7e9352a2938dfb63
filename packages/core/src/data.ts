import {readFileSync} from 'node:fs'

/** A tiny schema language for lexicon data files: enough to validate them when they load. */
export type Schema =
  | {type: 'string'; pattern?: RegExp; enum?: readonly string[]}
  | {type: 'number'; minimum?: number; maximum?: number}
  | {type: 'boolean'}
  | {type: 'array'; items: Schema; minItems?: number}
  | {type: 'object'; properties: Record<string, Schema>; required?: readonly string[]}

/** Check `value` against `schema`; return the problems found (empty when valid). */
export function validate(value: unknown, schema: Schema, path = '$'): string[] {
  const problems: string[] = []
  // The path is kept as parts and written out only for a problem: data files have tens of thousands of nodes.
  check(value, schema, [path], problems)
  return problems
}

/** `$.entries[3].forms`: the path of a node, written out for a problem. */
function pathText(path: ReadonlyArray<string | number>): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('')
}

function check(value: unknown, schema: Schema, path: Array<string | number>, problems: string[]): void {
  switch (schema.type) {
    case 'string': {
      if (typeof value !== 'string') problems.push(`${pathText(path)}: expected a string`)
      else if (schema.pattern && !schema.pattern.test(value)) problems.push(`${pathText(path)}: ${JSON.stringify(value)} does not match ${schema.pattern}`)
      else if (schema.enum && !schema.enum.includes(value)) problems.push(`${pathText(path)}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`)
      return
    }
    case 'number': {
      if (typeof value !== 'number' || Number.isNaN(value)) problems.push(`${pathText(path)}: expected a number`)
      else if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${pathText(path)}: ${value} is below ${schema.minimum}`)
      else if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${pathText(path)}: ${value} is above ${schema.maximum}`)
      return
    }
    case 'boolean':
      if (typeof value !== 'boolean') problems.push(`${pathText(path)}: expected a boolean`)
      return
    case 'array': {
      if (!Array.isArray(value)) {
        problems.push(`${pathText(path)}: expected an array`)
        return
      }
      if (schema.minItems !== undefined && value.length < schema.minItems) problems.push(`${pathText(path)}: expected at least ${schema.minItems} items`)
      for (let index = 0; index < value.length; index++) {
        path.push(index)
        check(value[index], schema.items, path, problems)
        path.pop()
      }
      return
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push(`${pathText(path)}: expected an object`)
        return
      }
      const record = value as Record<string, unknown>
      for (const key of schema.required ?? []) {
        if (!(key in record)) problems.push(`${pathText(path)}: missing required property \`${key}\``)
      }
      for (const key in record) {
        if (key === '$comment') continue
        const property = schema.properties[key]
        if (!property) {
          problems.push(`${pathText(path)}: unknown property \`${key}\``)
          continue
        }
        path.push(key)
        check(record[key], property, path, problems)
        path.pop()
      }
      return
    }
  }
}

/**
 * Whether to check everything that can be checked: while tests run (`VITEST` set) or when asked
 * (`MT_CLEANUP_STRICT=1`). The data files shipped in the packages are validated then; a user's
 * files always are.
 */
export const strictChecks = Boolean(process.env['VITEST']) || process.env['MT_CLEANUP_STRICT'] === '1'

/**
 * Read a JSON data file next to a module and validate it; throws with every problem listed.
 * `shipped` data, validated by the tests of its package, is only validated under `strictChecks`:
 * validating 1.3 MB of lexicons on every start cost the CLI about 15 ms.
 */
export function loadData<Value>(url: URL, schema: Schema, {shipped = false}: {shipped?: boolean} = {}): Value {
  const value: unknown = JSON.parse(readFileSync(url, 'utf8'))
  if (shipped && !strictChecks) return value as Value
  const problems = validate(value, schema)
  if (problems.length > 0) {
    throw new Error(`Invalid data file ${url.pathname}:\n  ${problems.join('\n  ')}`)
  }
  return value as Value
}

/** Schema of the examples every data entry carries: sentences where it must fire, and look-alikes where it must not. */
export const examplesSchema: Schema = {
  type: 'object',
  properties: {
    fire: {
      type: 'array',
      items: {type: 'object', properties: {input: {type: 'string'}, output: {type: 'string'}}, required: ['input', 'output']}
    },
    keep: {type: 'array', items: {type: 'string'}}
  }
}

export interface Examples {
  /** Sentences where the entry must fire, with the cleaned result. */
  fire?: Array<{input: string; output: string}>
  /** Look-alike sentences in clean English that must stay as they are. */
  keep?: string[]
}
