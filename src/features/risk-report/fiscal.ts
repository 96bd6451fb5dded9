// Thai fiscal years: 1 October to 30 September, named by the Buddhist-Era year they end in
// (FY 2566 = 1 Oct 2022 – 30 Sep 2023).

/** The first and last days (YYYY-MM-DD) of a Buddhist-Era fiscal year. */
export function fiscalYearRange(fiscalYearBe: number): { from: string; to: string } {
  const endsIn = fiscalYearBe - 543
  return { from: `${endsIn - 1}-10-01`, to: `${endsIn}-09-30` }
}

/** The Buddhist-Era fiscal year of a date (YYYY-MM-DD). */
export function fiscalYearOf(date: string): number {
  const [y, m] = date.split('-').map(Number) as [number, number]
  return (m >= 10 ? y + 1 : y) + 543
}

export const ROUNDS = ['plan', 'six_month', 'year_end'] as const
