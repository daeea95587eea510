/** Runs `work` over items with at most `limit` in flight; failures of one item never stop the others. */
export async function mapLimit<T>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T
      try {
        await work(item)
      } catch (error) {
        console.error('[thông báo] lỗi khi gửi một lượt', error)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
