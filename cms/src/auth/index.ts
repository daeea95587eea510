/** The one sign-in policy and its rate limits, for every door that signs members in (`@sotay/cms/auth`). */
export * from './clientAddress.ts'
export * from './events.ts'
export * from './limiter.ts'
export * from './limiterMemory.ts'
export * from './limiterRedis.ts'
export * from './messages.ts'
export { configureApiSignIn } from './payloadDoors.ts'
export * from './signInPolicy.ts'
