/** Starts one stack for the whole e2e suite and hands its address and demo logins to the tests. */
import type { TestProject } from 'vitest/node'
import { ensureChromium } from './browser.ts'
import { type StackInfo, startTestStack } from './stack.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo
  }
}

export default async function setup(project: TestProject) {
  ensureChromium()
  const stack = await startTestStack()
  project.provide('stack', {
    url: stack.url,
    dataDir: stack.dataDir,
    logins: stack.logins,
    janus: stack.janus,
  })
  return () => stack.stop()
}
