/**
 * Payload's JWT header version (`JWT_AUTH_VERSION`, 1 in Payload 3.90), which the lean verifier requires. Payload
 * exports it only from its main module, which pulls in all of Payload (2.5 MB bundled) before the hot path's first
 * answer; `jwtAuthVersion.test.ts` fails the day Payload's changes.
 */
export const JWT_AUTH_VERSION = 1
