import { describe, expect, it } from 'vitest'
import { installOffer, rememberInstallAnswered } from './installOffer.ts'

function phone(userAgent: string, standalone = false) {
  const stored = new Map<string, string>()
  return {
    localStorage: {
      getItem: (k: string) => stored.get(k) ?? null,
      setItem: (k: string, v: string) => void stored.set(k, v),
    },
    matchMedia: () => ({ matches: standalone }),
    navigator: { userAgent },
  }
}

const ANDROID = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/140.0 Mobile Safari/537.36'
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1'

describe('the "Thêm vào màn hình chính" offer', () => {
  it('is made once: after it is answered, never again on that phone', () => {
    const android = phone(ANDROID)
    expect(installOffer(android)).toBe('browser')
    rememberInstallAnswered(android)
    expect(installOffer(android)).toBe('none')
  })

  it('gives iPhones the Share-menu instruction, and nothing once opened from the home screen', () => {
    expect(installOffer(phone(IPHONE))).toBe('ios')
    expect(installOffer(phone(ANDROID, true))).toBe('none')
  })
})
