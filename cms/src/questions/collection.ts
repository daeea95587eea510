/** The questions collection with this deployment's side effects: answer notices and publishing to the FAQ. */
import { Questions } from '@sotay/content-schemas'
import type { CollectionConfig } from 'payload'
import { notifyAsker } from './notifyAsker.ts'
import { publishToFaq } from './publishToFaq.ts'

export const questionsCollection: CollectionConfig = {
  ...Questions,
  hooks: {
    ...Questions.hooks,
    beforeChange: [...(Questions.hooks?.beforeChange ?? []), publishToFaq],
    afterChange: [...(Questions.hooks?.afterChange ?? []), notifyAsker],
  },
}
