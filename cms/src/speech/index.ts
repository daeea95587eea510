/** The speech engines, for the test runner's and the benchmark's choice of engine (`@sotay/cms/speech`). */
export * from './engine.ts'
export { espeakSynthesizer } from './espeak.ts'
export type { Synthesizer } from './synthesizer.ts'
export { wasmSynthesizer } from './wasmSynthesizer.ts'
