import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The site and the functions share this origin; Next only owns /admin, /api and its assets.
  poweredByHeader: false,
  // Types are checked by `pnpm check` and CI; `pnpm start` should not fail (or wait 10 s) on them.
  typescript: { ignoreBuildErrors: true },
  // A native addon (Skia, for drawing PDF pages): loaded by Node at run time, never bundled.
  serverExternalPackages: ['@napi-rs/canvas'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
