// The public site and, later, the member app. Static output in dist/, served by the functions server.
import { defineConfig } from 'astro/config'

export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
})
