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
  switch (schema.type) {
    case 'string': {
      if (typeof value !== 'string') return [`${path}: expected a string`]
      if (schema.pattern && !schema.pattern.test(value)) return [`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`]
      if (schema.enum && !schema.enum.includes(value)) return [`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`]
      return []
    }
    case 'number': {
      if (typeof value !== 'number' || Number.isNaN(value)) return [`${path}: expected a number`]
      if (schema.minimum !== undefined && value < schema.minimum) return [`${path}: ${value} is below ${schema.minimum}`]
      if (schema.maximum !== undefined && value > schema.maximum) return [`${path}: ${value} is above ${schema.maximum}`]
      return []
    }
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: expected a boolean`]
    case 'array': {
      if (!Array.isArray(value)) return [`${path}: expected an array`]
      const problems: string[] = []
      if (schema.minItems !== undefined && value.length < schema.minItems) problems.push(`${path}: expected at least ${schema.minItems} items`)
      value.forEach((item, index) => problems.push(...validate(item, schema.items, `${path}[${index}]`)))
      return problems
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: expected an object`]
      const record = value as Record<string, unknown>
      const problems: string[] = []
      for (const key of schema.required ?? []) {
        if (!(key in record)) problems.push(`${path}: missing required property \`${key}\``)
      }
      for (const [key, item] of Object.entries(record)) {
        if (key === '$comment') continue
        const property = schema.properties[key]
        if (!property) problems.push(`${path}: unknown property \`${key}\``)
        else problems.push(...validate(item, property, `${path}.${key}`))
      }
      return problems
    }
  }
}

/** Read a JSON data file next to a module and validate it; throws with every problem listed. */
export function loadData<Value>(url: URL, schema: Schema): Value {
  const value: unknown = JSON.parse(readFileSync(url, 'utf8'))
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
