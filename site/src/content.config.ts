/** The site's content collections, all loaded from the CMS (public, published items only). */
import { defineCollection } from 'astro:content'
import { documentsLoader, faqLoader, newsLoader, studyTopicsLoader } from './loaders/cms.ts'

export const collections = {
  news: defineCollection({ loader: newsLoader() }),
  documents: defineCollection({ loader: documentsLoader() }),
  studyTopics: defineCollection({ loader: studyTopicsLoader() }),
  faq: defineCollection({ loader: faqLoader() }),
}
