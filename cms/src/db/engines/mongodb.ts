/** MongoDB (mongodb://): Payload's mongoose adapter. */
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import type { DatabaseAdapterObj } from 'payload'

export const mongodbDatabase = (url: string): DatabaseAdapterObj => mongooseAdapter({ url })
