/**
 * The offline store as the member pages call it: the browser's own Cache Storage and fetch.
 * `rememberOpened(urls, title)` when an item is shown, `saveForOffline` / `unsave` / `isSaved` for the
 * "Lưu để đọc offline" button, `bindMember` when someone signs in, `forgetMember` at sign-out.
 */
import * as store from './store.ts'

export type { ItemMeta, OfflineItem, OfflineList } from './store.ts'

const env = (): store.OfflineEnv => ({ caches, fetch: fetch.bind(globalThis), origin: location.origin })
const available = () => typeof caches !== 'undefined'

/** Best effort: reading goes on when the copy cannot be kept (storage full, signed out). */
export const rememberOpened = async (urls: string[], meta?: store.ItemMeta) => {
  if (available()) await store.rememberOpened(env(), urls, meta).catch(() => undefined)
}
/** Throws an Error whose message is the Vietnamese sentence to show. */
export const saveForOffline = async (urls: string[], meta?: store.ItemMeta) => {
  if (!available()) throw new Error(store.SAVE_FAILED)
  await store.saveForOffline(env(), urls, meta)
}
export const unsave = async (url: string) => (available() ? store.unsave(env(), url) : undefined)
export const isSaved = async (url: string) => (available() ? store.isSaved(env(), url) : false)
export const listOffline = async (): Promise<store.OfflineList> =>
  available() ? store.listOffline(env()) : { saved: [], opened: [] }
export const bindMember = async (memberId: string | number) => {
  if (available()) await store.bindMember(env(), memberId)
}
export const forgetMember = async () => {
  if (available()) await store.forgetMember(env())
}
