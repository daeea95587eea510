/**
 * Sign-outs and resets told to every session verifier. The CMS keeps them (`@sotay/cms/sessions`), because its
 * own sign-out (the admin's POST /api/users/logout) revokes too, and the CMS cannot import the functions.
 */
export {
  processRevocations,
  type Revocations,
  type RevocationsOptions,
  replaceProcessRevocations,
  revocations,
} from '@sotay/cms/sessions'
