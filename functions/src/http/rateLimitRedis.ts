export {
  type RedisRateLimiter,
  type RedisRateLimiterOptions,
  redisRateLimiter,
} from '../../../cms/src/auth/limiterRedis.ts'
