import retextWordOrder from '@mt-cleanup/retext-word-order'
import {testFixtures} from '../../../test/plugin-tests.js'

testFixtures('retext-word-order', retextWordOrder, new URL('fixtures.json', import.meta.url))
