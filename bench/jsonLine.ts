/**
 * The one machine-readable line every benchmark prints beside its table: `{"bench":"<name>","rows":[…]}`, so a
 * script can collect `pnpm bench`'s figures with `grep '^{"bench"'`.
 */
export function printBenchLine(bench: string, rows: object[]): void {
  console.log(JSON.stringify({ bench, rows }))
}
