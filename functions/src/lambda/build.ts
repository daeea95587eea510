/**
 * The Lambda artefact (`pnpm --filter @sotay/functions build:lambda`): `main.ts` and `jobsMain.ts` bundled by
 * esbuild into one ESM file each under `dist/lambda/`. A bundle spares the cold start Node's resolution of
 * thousands of files and the TypeScript transform, and drops what the entries never reach (Payload's package is
 * side-effect free). Native modules and the drivers that load them stay outside: ship them in the function's
 * `node_modules` (see the README). sharp is left out altogether: no function resizes images.
 */
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'esbuild'

const here = path.dirname(fileURLToPath(import.meta.url))
export const LAMBDA_DIST = path.resolve(here, '..', '..', 'dist', 'lambda')

/** Native addons and the packages that load them: resolved from node_modules at run time. */
export const LAMBDA_EXTERNAL = [
  'libsql',
  'pg-native',
  '@napi-rs/canvas',
  'espeak-ng',
  // The MongoDB engine is not for functions (DATABASE_URL is PostgreSQL there).
  'mongodb',
  'mongoose',
  '@payloadcms/db-mongodb',
]

/** `import sharp from 'sharp'` answers undefined: Payload then skips image sizes, which no function makes. */
const withoutSharp: Plugin = {
  name: 'without-sharp',
  setup(b) {
    b.onResolve({ filter: /^sharp$/ }, () => ({ path: 'sharp', namespace: 'without-sharp' }))
    b.onLoad({ filter: /.*/, namespace: 'without-sharp' }, () => ({
      contents: 'export default undefined',
      loader: 'js',
    }))
  },
}

// CommonJS packages inside an ESM bundle still call require() and read __dirname.
const banner = [
  "import { createRequire as __sotayRequire } from 'node:module'",
  "import { dirname as __sotayDirname } from 'node:path'",
  "import { fileURLToPath as __sotayPath } from 'node:url'",
  'const require = __sotayRequire(import.meta.url)',
  'const __filename = __sotayPath(import.meta.url)',
  'const __dirname = __sotayDirname(__filename)',
].join('\n')

export async function buildLambda(): Promise<string[]> {
  await rm(LAMBDA_DIST, { recursive: true, force: true })
  const entries = ['main', 'jobsMain']
  await build({
    entryPoints: entries.map((name) => path.join(here, `${name}.ts`)),
    outdir: LAMBDA_DIST,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // What the entries import lazily (Payload's config, file makers, engines) stays in chunks read when asked.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node22',
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    external: LAMBDA_EXTERNAL,
    plugins: [withoutSharp],
    banner: { js: banner },
  })
  return entries.map((name) => path.join(LAMBDA_DIST, `${name}.mjs`))
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const file of await buildLambda()) console.log(file)
}
