import plugin, {entries} from '@mt-cleanup/retext-function-words'
import {testLexicon} from '../../../test/plugin-tests.js'

testLexicon('retext-function-words', plugin, entries)
