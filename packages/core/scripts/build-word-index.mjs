#!/usr/bin/env node
// Expands dictionary-en (the Hunspell dictionary nspell uses) once, at build time, into
// a plain word index: every lower-case form on the first line group, every form of a
// capitalised entry (a name) after a line holding only `#names`. Loading this file is
// several times faster than expanding the affix rules in every process.
import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const {expandDictionary} = await import(join(here, '..', 'dist', 'lexicon.js'))
const {lower, names} = expandDictionary()
const target = join(here, '..', 'data', 'english-words.txt')
mkdirSync(dirname(target), {recursive: true})
writeFileSync(target, [...[...lower].sort(), '#names', ...[...names].sort()].join('\n') + '\n')
console.log(`word index: ${lower.size} common forms, ${names.size} name forms → ${target}`)
