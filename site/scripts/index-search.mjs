#!/usr/bin/env node
/** Indexes a built site for search: `node scripts/index-search.mjs [distDir] [outputPath]` (defaults: dist, dist/pagefind). */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { indexSite } from '../src/search/indexSite.ts'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const distDir = path.resolve(process.argv[2] ?? path.join(siteDir, 'dist'))
const outputPath = process.argv[3] ? path.resolve(process.argv[3]) : undefined

const result = await indexSite({ distDir, outputPath })
if (result.errors.length) process.exit(1)
