/** An in-memory Cache Storage (keys by URL, insertion order kept as the spec says) for the store's unit tests. */

class MemoryCache {
  private entries = new Map<string, { request: Request; body: ArrayBuffer; init: ResponseInit }>()
  constructor(private origin: string) {}
  private key(input: RequestInfo | URL) {
    return new URL(input instanceof Request ? input.url : String(input), this.origin).href
  }
  async match(input: RequestInfo | URL) {
    const hit = this.entries.get(this.key(input))
    return hit ? new Response(hit.body.slice(0), hit.init) : undefined
  }
  async put(input: RequestInfo | URL, response: Response) {
    const key = this.key(input)
    const body = await response.arrayBuffer()
    this.entries.set(key, {
      request: new Request(key),
      body,
      init: { status: response.status, headers: response.headers },
    })
  }
  async delete(input: RequestInfo | URL) {
    return this.entries.delete(this.key(input))
  }
  async keys() {
    return [...this.entries.values()].map((entry) => entry.request)
  }
}

export class MemoryCacheStorage {
  private named = new Map<string, MemoryCache>()
  constructor(private origin: string) {}
  async open(name: string) {
    const cache = this.named.get(name) ?? new MemoryCache(this.origin)
    this.named.set(name, cache)
    return cache as unknown as Cache
  }
  async keys() {
    return [...this.named.keys()]
  }
  async delete(name: string) {
    return this.named.delete(name)
  }
  async has(name: string) {
    return this.named.has(name)
  }
  async match(input: RequestInfo | URL) {
    for (const cache of this.named.values()) {
      const hit = await cache.match(input)
      if (hit) return hit
    }
    return undefined
  }
  /** Every URL held in every cache: what a test checks is gone. */
  async everyUrl() {
    const urls: string[] = []
    for (const cache of this.named.values()) urls.push(...(await cache.keys()).map((r) => r.url))
    return urls
  }
}
