/** Every page's small script: the large-text switch, the member tab, the offline banner and the service worker. */

import './memberTab.ts'

const KEY = 'sotay-chu-lon'
const root = document.documentElement

const toggle = document.getElementById('text-toggle')
if (toggle) {
  const show = () => toggle.setAttribute('aria-pressed', String(root.classList.contains('chu-lon')))
  show()
  toggle.addEventListener('click', () => {
    const large = root.classList.toggle('chu-lon')
    try {
      localStorage.setItem(KEY, large ? '1' : '0')
    } catch {
      // Private mode: the setting lasts for this page only.
    }
    show()
  })
}

// The phone's bottom tab bar (base.css) is as tall as its labels wrap; the page keeps that much room below.
const tabBar = document.querySelector<HTMLElement>('.main-nav')
if (tabBar && 'ResizeObserver' in window) {
  new ResizeObserver(() => {
    const fixed = getComputedStyle(tabBar).position === 'fixed'
    root.style.setProperty(
      '--tab-bar',
      fixed ? `${Math.ceil(tabBar.getBoundingClientRect().height)}px` : '0px',
    )
  }).observe(tabBar)
}

// The service worker marks pages it served from the cache after the network failed (data-offline).
const banner = document.getElementById('offline-banner')
const servedFromCache = root.hasAttribute('data-offline')
const updateBanner = () => {
  if (banner) banner.hidden = navigator.onLine && !servedFromCache
}
updateBanner()
window.addEventListener('online', updateBanner)
window.addEventListener('offline', updateBanner)

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
    // Without a service worker the site still works online.
  })
}
