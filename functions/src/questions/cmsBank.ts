/** The CMS's answer bank loaded into this process, refreshed when editors change the FAQ (cms/src/search/faqIndex.ts). */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Payload } from 'payload'
import { cmsDir } from '../cms/payload.ts'
import type { FaqMatcher } from './options.ts'

type FreshFaqBank = (payload: Payload) => Promise<FaqMatcher>

let loaded: Promise<FreshFaqBank> | undefined

export async function cmsFaqBank(payload: Payload): Promise<FaqMatcher> {
  loaded ??= import(pathToFileURL(path.join(cmsDir, 'src', 'search', 'faqIndex.ts')).href).then(
    (mod: { freshFaqBank: FreshFaqBank }) => mod.freshFaqBank,
  )
  return (await loaded)(payload)
}
