import plugin, {entries} from '@mt-cleanup/retext-false-friends'
import {testLexicon} from '../../../test/plugin-tests.js'

testLexicon('retext-false-friends', plugin, entries)
