import { beforeAll, describe, it } from 'vitest'

describe('waits for audio that never comes', () => {
  beforeAll(() => new Promise(() => {}))
  it('never runs', () => {})
})
