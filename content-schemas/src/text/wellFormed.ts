/**
 * Lone UTF-16 surrogates: JSON can carry them ("\ud800"), but they are not text. They break slugs,
 * search folding and every other system the text goes to next.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

export const hasLoneSurrogate = (text: string): boolean => LONE_SURROGATE.test(text)

/** Each lone surrogate becomes U+FFFD, as String.prototype.toWellFormed does. */
export const toWellFormed = (text: string): string =>
  text.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\ufffd')
