/**
 * drizzle-kit (loaded by Payload's dev-mode schema push) adds an enumerable `Array.prototype.random`.
 * Libraries that walk arrays with `for...in` (pdf.js refuses to run; exceljs misreads rows) break on it,
 * so file parsers call this first: the property stays, only hidden from enumeration.
 */
export function hideArrayPrototypePollution(): void {
  for (const key of Object.keys(Array.prototype)) {
    Object.defineProperty(Array.prototype, key, { enumerable: false })
  }
}
