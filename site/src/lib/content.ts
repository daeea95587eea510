/** Sorted views of the collections that several pages share. */
import { getCollection } from 'astro:content'

export async function allNews() {
  const news = await getCollection('news')
  return news.map((e) => e.data).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
}

export async function allDocuments() {
  const docs = await getCollection('documents')
  return docs.map((e) => e.data).sort((a, b) => b.issuedDate.localeCompare(a.issuedDate))
}

export async function allStudyTopics() {
  const topics = await getCollection('studyTopics')
  return topics.map((e) => e.data).sort((a, b) => b.year - a.year || b.month - a.month)
}

export async function allFaq() {
  return (await getCollection('faq')).map((e) => e.data)
}

export const NEWS_PAGE_SIZE = 20
