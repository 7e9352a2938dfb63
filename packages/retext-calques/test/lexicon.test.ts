import plugin, {entries} from '@mt-cleanup/retext-calques'
import {testLexicon} from '../../../test/plugin-tests.js'

testLexicon('retext-calques', plugin, entries)
