/** What other packages may use of the front server: the server itself and its site builder (bench, tests). */
export { contentType } from './contentTypes.ts'
export { CMS_PATHS, createFrontServer, type FrontServerOptions, isCmsPath } from './server.ts'
export { ASTRO_BUILD_SCRIPT } from './site-builder/astroPlan.ts'
export { type BuildReport, createReportCollector } from './site-builder/buildReport.ts'
export { astroPlan, createSiteBuilder, type SiteBuilder, siteBuilderRoutes } from './site-builder/index.ts'
export { linkBuild } from './site-builder/linkBuild.ts'
