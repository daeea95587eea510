/**
 * GraphQL's auth mutations on `users`, closed: Payload generates loginUser, unlockUser, forgotPasswordUser,
 * resetPasswordUser and verifyEmailUser beside REST, and they would bypass the sign-in policy. The admin and
 * the member app sign in over REST, so GraphQL keeps only what acts on the caller's own session
 * (meUser, refreshTokenUser, logoutUser). Custom mutations are spread after Payload's, so these replace them.
 */
import { APIError, type Config } from 'payload'
import { DOOR_MESSAGES } from './messages.ts'

const CLOSED = ['loginUser', 'unlockUser', 'forgotPasswordUser', 'resetPasswordUser', 'verifyEmailUser']

export const closedAuthMutations: NonNullable<NonNullable<Config['graphQL']>['mutations']> = (GraphQL) =>
  Object.fromEntries(
    CLOSED.map((name) => [
      name,
      {
        type: GraphQL.GraphQLString,
        // Loose arguments, so a client sending the usual ones gets the Vietnamese refusal, not a schema error.
        args: Object.fromEntries(
          ['email', 'username', 'password', 'token'].map((arg) => [arg, { type: GraphQL.GraphQLString }]),
        ),
        resolve: () => {
          throw new APIError(DOOR_MESSAGES.graphqlClosed, 403, null, true)
        },
      },
    ]),
  )
