import plugin, {entries} from '@mt-cleanup/retext-untranslated'
import {testLexicon} from '../../../test/plugin-tests.js'

testLexicon('retext-untranslated', plugin, entries)
