// The public site: static pages from the CMS's public content, a few islands, and a PWA for reading offline.
import react from '@astrojs/react'
import AstroPWA from '@vite-pwa/astro'
import { defineConfig } from 'astro/config'
import dataStoreAtRuntime from './src/build/dataStoreAtRuntime.ts'
import pwaOutDir from './src/pwa/outDir.ts'
import searchIndex from './src/search/integration.ts'

/** @type {import('@vite-pwa/astro').PwaOptions} */
const pwa = {
  strategies: 'injectManifest',
  srcDir: 'src',
  filename: 'sw.ts',
  registerType: 'autoUpdate',
  // The worker is built minified without Workbox's development logging, whatever NODE_ENV the build has.
  mode: 'production',
  // src/scripts/app.ts registers /sw.js itself; the manifest link is in the Base layout.
  injectRegister: false,
  manifest: {
    name: 'Sổ tay Đảng viên',
    short_name: 'Sổ tay ĐV',
    description: 'Sổ tay điện tử dành cho đảng viên: tin tức, văn bản, học tập, hỏi đáp',
    lang: 'vi',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fffdf8',
    theme_color: '#a50f17',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  injectManifest: {
    minify: true,
    // Only the shell is precached: thousands of pages must not download on a weak network.
    globPatterns: [
      '_astro/**/*.{js,css}',
      'index.html',
      'da-luu/index.html',
      // The member app's shell: no member's data is in these pages (it comes from /fn), so they open offline.
      'thanh-vien/**/index.html',
      'favicon.svg',
      'icons/icon-192.png',
    ],
    manifestTransforms: [
      async (entries) => ({
        // Directory pages are served at their trailing-slash URL (/da-luu/), not at .../index.html.
        manifest: entries.map((entry) => ({
          ...entry,
          url: `/${entry.url.replace(/^\//, '').replace(/(^|\/)index\.html$/, '$1')}`,
        })),
        warnings: [],
      }),
    ],
  },
}

export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL ?? process.env.SERVER_URL ?? 'http://127.0.0.1:3000',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Pages whose getStaticPaths gives a cacheKey (src/lib/cacheKey.ts) are copied from the last build in cacheDir
  // when neither their props nor their code changed: one edit renders the item, its lists and the feeds.
  experimental: { incrementalBuild: true },
  integrations: [
    react(),
    dataStoreAtRuntime(),
    // Keep the search index integration (src/search/integration.ts) before the PWA, so its files exist first.
    searchIndex(),
    pwaOutDir(pwa),
    AstroPWA(pwa),
  ],
})
