import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { guardApiRoute } from '../../../../http/guardApiRoute.ts'

export const POST = guardApiRoute(GRAPHQL_POST(config), 'graphql')
export const OPTIONS = REST_OPTIONS(config)
