/** The functions app for AWS Lambda (function URLs, API Gateway HTTP APIs): the caller's address read from the event. */
import { getConnInfo } from 'hono/aws-lambda'
import { type FunctionsApp, type FunctionsOptions, functionsApp } from '../app.ts'

export function lambdaApp(options: Omit<FunctionsOptions, 'clientIp'>): FunctionsApp {
  return functionsApp({ ...options, clientIp: (c) => getConnInfo(c).remote.address })
}
