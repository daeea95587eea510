import { it } from 'vitest'

// A module that fails while loading, as a bad import or a missing binary at import time would.
const broken = (): never => {
  throw new Error('lỗi khi nạp tệp')
}
broken()
it('never collected', () => {})
