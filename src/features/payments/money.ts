// Money is satang (integers) everywhere; baht text only at the edges (QR, callback, receipt).

/** Satang as baht with two decimals: 120000 → "1200.00". */
export function bahtText(satang: number): string {
  if (!Number.isSafeInteger(satang) || satang < 0) throw new RangeError('satang is a whole number')
  return `${Math.floor(satang / 100)}.${String(satang % 100).padStart(2, '0')}`
}

/** Baht written with at most two decimals ("1200", "1200.5", "1200.00") as satang; else undefined. */
export function parseBaht(text: string): number | undefined {
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text)
  if (!m?.[1]) return undefined
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'))
}
