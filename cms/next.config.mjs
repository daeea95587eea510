import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The site and the functions share this origin; Next only owns /admin, /api and its assets.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
