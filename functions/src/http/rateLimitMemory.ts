export { type MemoryRateLimiterOptions, memoryRateLimiter } from '../../../cms/src/auth/limiterMemory.ts'
