#!/usr/bin/env node
/**
 * Indexes a built site for search: `node scripts/index-search.mjs [distDir] [outputPath] [cacheDir]` (defaults: dist,
 * dist/pagefind, none). With a cacheDir, parts whose pages are unchanged since the last run are reused;
 * SEARCH_PART_PAGES sets the pages per part.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { indexSite } from '../src/search/indexSite.ts'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const [dist, output, cache] = process.argv.slice(2)
const distDir = path.resolve(dist ?? path.join(siteDir, 'dist'))
const outputPath = output ? path.resolve(output) : undefined
const cacheDir = cache ? path.resolve(cache) : undefined

const partPages = Number(process.env.SEARCH_PART_PAGES) || undefined
const result = await indexSite({ distDir, outputPath, cacheDir, partPages })
if (result.errors.length) process.exit(1)
