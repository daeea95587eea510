/** Measures a page as an elderly member's phone shows it: sideways scroll, the header's share, touch targets. */
import type { Page } from 'playwright-core'

export interface Overflow {
  scrollWidth: number
  innerWidth: number
  /** Elements whose right edge passes the screen's, outermost first (a short description each). */
  offenders: string[]
}

/** How far the page reaches past the screen's right edge; elements inside a box that scrolls itself are fine. */
export function sidewaysOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const width = window.innerWidth
    const describe = (el: Element) => {
      const r = el.getBoundingClientRect()
      const cls =
        typeof el.className === 'string' && el.className
          ? `.${el.className.trim().split(/\s+/).join('.')}`
          : ''
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)
      return `${el.tagName.toLowerCase()}${cls} [${Math.round(r.left)}..${Math.round(r.right)}] "${text}"`
    }
    const clipsOwnContent = (el: Element) => {
      const style = getComputedStyle(el)
      return style.overflowX !== 'visible' && el !== document.documentElement && el !== document.body
    }
    const offenders: string[] = []
    const walk = (el: Element) => {
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.visibility === 'hidden') return
      const r = el.getBoundingClientRect()
      if (r.width > 0 && r.height > 0 && r.right > width + 1) {
        offenders.push(describe(el))
        return // its children are reported with it
      }
      if (clipsOwnContent(el)) return
      for (const child of el.children) walk(child)
    }
    walk(document.body)
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, offenders }
  })
}

export interface HeaderShare {
  /** Height of the site header and its menu on the first screen, in px, and as a share of the screen. */
  chrome: number
  share: number
  /** Where the page's text starts (its first paragraph's top), and the bottom of what the bottom bar leaves visible. */
  firstParagraphTop: number
  visibleBottom: number
}

/**
 * At the top of the page: the header bar and the navigation (a bottom tab bar on a phone) inside the first
 * screen, and where the first paragraph of `textSelector` begins.
 */
export function headerShare(page: Page, textSelector: string): Promise<HeaderShare> {
  return page.evaluate((selector) => {
    window.scrollTo(0, 0)
    const height = window.innerHeight
    const onScreen = (el: Element | null) => {
      if (!el) return 0
      const r = el.getBoundingClientRect()
      return Math.max(0, Math.min(r.bottom, height) - Math.max(r.top, 0))
    }
    const header = document.querySelector('.site-header')
    const nav = document.querySelector('.site-header nav')
    const navFixed = nav ? getComputedStyle(nav).position === 'fixed' : false
    // A fixed tab bar sits outside the header's box, so count the two apart.
    const chrome = navFixed ? onScreen(header) + onScreen(nav) : onScreen(header)
    const first = [...document.querySelectorAll(selector)].find(
      (el) => el.getBoundingClientRect().height > 0 && (el.textContent ?? '').trim() !== '',
    )
    const navTop = navFixed && nav ? nav.getBoundingClientRect().top : height
    return {
      chrome: Math.round(chrome),
      share: chrome / height,
      firstParagraphTop: first ? Math.round(first.getBoundingClientRect().top) : Number.POSITIVE_INFINITY,
      visibleBottom: Math.round(navTop),
    }
  }, textSelector)
}

export interface SmallTarget {
  what: string
  width: number
  height: number
}

/** Visible links and buttons (and summaries, checkboxes) smaller than 44 px high; `skip` names CSS selectors left out. */
export function smallTouchTargets(page: Page, skip: string[] = []): Promise<SmallTarget[]> {
  return page.evaluate((skipSelectors) => {
    const small: { what: string; width: number; height: number }[] = []
    const targets = document.querySelectorAll(
      'a[href], button, summary, input, select, textarea, [role="button"]',
    )
    for (const el of targets) {
      if (skipSelectors.some((s) => el.matches(s))) continue
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden') continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      // A control whose label is its target (a checkbox inside its <label>) counts the label's box.
      const label = el instanceof HTMLInputElement ? el.closest('label') : null
      const box = label ? label.getBoundingClientRect() : r
      if (box.height + 0.5 < 44) {
        const text = (el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || '').trim()
        small.push({
          what: `${el.tagName.toLowerCase()} "${text.replace(/\s+/g, ' ').slice(0, 40)}"`,
          width: Math.round(box.width),
          height: Math.round(box.height * 10) / 10,
        })
      }
    }
    return small
  }, skip)
}
