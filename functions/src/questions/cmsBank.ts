/** The CMS's answer bank loaded into this process, refreshed when editors change the FAQ. */
import { freshFaqBank } from '@sotay/cms/search'
import type { Payload } from 'payload'
import type { FaqMatcher } from './options.ts'

export const cmsFaqBank = (payload: Payload): Promise<FaqMatcher> => freshFaqBank(payload)
