/** Bilingual labels: Vietnamese is the admin's default language, English the second. */
export type Label = { vi: string; en: string }

export const label = (vi: string, en: string): Label => ({ vi, en })
