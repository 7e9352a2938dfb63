import plugin, {entries} from '@mt-cleanup/retext-entities'
import {testLexicon} from '../../../test/plugin-tests.js'

testLexicon('retext-entities', plugin, entries)
