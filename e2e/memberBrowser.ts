/** A browser already signed in as the demo member, as if they had signed in on their phone earlier. */
import { type Session, signIn } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'
import { memberLogin, type StackInfo } from './stack.ts'

export async function memberBrowser(stack: StackInfo): Promise<{ browser: Browser; session: Session }> {
  const session = await signIn(stack.url, memberLogin(stack))
  const browser = await openBrowser({ baseURL: stack.url })
  const [name, value] = session.cookie.split(';')[0]?.split('=') ?? []
  await browser.context.addCookies([{ name: String(name), value: String(value), url: stack.url }])
  return { browser, session }
}
