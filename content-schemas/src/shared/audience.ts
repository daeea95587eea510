/** Who may read a piece of content; only `public` is ever written into the static site. */
export const AUDIENCES = ['public', 'members', 'org'] as const
export type Audience = (typeof AUDIENCES)[number]
