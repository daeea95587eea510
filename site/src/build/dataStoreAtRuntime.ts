/**
 * The content layer's data store read by the prerender bundle when it runs, instead of bundled into it.
 *
 * Astro bundles the whole store (data-store.json, 40 MB at 10,000 news items) as one JavaScript string literal, so
 * every build, however small the edit, has Rolldown carry that module and Node compile it: 7.5 s of a 24 s edit
 * at 10,000 pages went to compiling the literal alone. The static build runs its bundle on the machine that just
 * wrote the store, so the module can read the file instead: the same `JSON.parse` of the same text, in 0.3 s.
 */
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

/** Astro's id of the virtual module holding the store (astro/dist/content/consts.js). */
const STORE_MODULE = '\0astro:data-layer-content'
/** Astro's mark for content-data modules: its incremental build leaves them out of a page's code digest. */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } }

export default function dataStoreAtRuntime(): AstroIntegration {
  return {
    name: 'sotay-data-store-at-runtime',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // Dev reads the store from .astro/ and watches it; a chunked store is bundled in parts. Only the build changes.
        if (command !== 'build' || (config.experimental.collectionStorage ?? 'single-file') !== 'single-file')
          return
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir))
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'sotay-data-store-at-runtime',
                load: {
                  // Before Astro's own loader of the module, which would read and inline the file.
                  order: 'pre',
                  filter: { id: /^\0astro:data-layer-content$/ },
                  handler(id) {
                    if (id !== STORE_MODULE || this.environment.name === 'client') return null
                    return {
                      code: [
                        `import { existsSync, readFileSync } from 'node:fs'`,
                        `const file = ${JSON.stringify(storeFile)}`,
                        // Astro's module is an empty Map when no loader has written a store yet.
                        `export default existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : new Map()`,
                      ].join('\n'),
                      meta: CONTENT_DATA_META,
                    }
                  },
                },
              },
            ],
          },
        })
      },
    },
  }
}
