/**
 * Points @vite-pwa/astro at the real output folder. For a static Astro 7 build it otherwise takes Vite's
 * internal outDir (site/.astro), so the service worker and its precache list miss dist/ (or the builder's
 * --outDir). Must come before AstroPWA() in `integrations`, and share its options object.
 */
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

interface PwaPaths {
  outDir?: string
  injectManifest?: { globDirectory?: string }
}

export default function pwaOutDir(options: PwaPaths): AstroIntegration {
  return {
    name: 'sotay-pwa-out-dir',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const dir = fileURLToPath(config.outDir)
        options.outDir = dir
        options.injectManifest = { ...options.injectManifest, globDirectory: dir }
      },
    },
  }
}
