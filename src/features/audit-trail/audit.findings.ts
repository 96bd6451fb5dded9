// What verification found wrong: the kinds, one finding, and the list that counts them all but
// keeps only the first few (a truncated table is said once per stretch).

export type FindingKind =
  | 'event-edited'
  | 'event-deleted'
  | 'event-inserted'
  | 'event-reordered'
  | 'events-truncated'
  | 'checkpoint-forged'
  | 'checkpoint-edited'
  | 'checkpoint-deleted'
  | 'checkpoint-reordered'
  | 'checkpoints-truncated'
  | 'chain-broken'
  | 'unsealed-events'
  | 'published-head-mismatch'

/** One thing verification found wrong. */
export interface Finding {
  kind: FindingKind
  checkpoint?: number
  seq?: number
  /** A range of seq values the finding is about. */
  from?: number
  to?: number
  detail: string
}

/** The findings of one verification: all counted, the first `max` listed. */
export class Findings {
  readonly list: Finding[] = []
  readonly counts: Partial<Record<FindingKind, number>> = {}
  constructor(private readonly max: number) {}
  add(f: Finding): void {
    const last = this.list[this.list.length - 1]
    // A truncated table shows as every checkpoint losing all its events: say it once per stretch.
    if (
      f.kind === 'events-truncated' &&
      last?.kind === 'events-truncated' &&
      last.to !== undefined &&
      f.from === last.to + 1 &&
      f.to !== undefined
    ) {
      last.to = f.to
      last.detail = `every event from seq ${last.from ?? '?'} to ${f.to} is missing`
      return
    }
    this.counts[f.kind] = (this.counts[f.kind] ?? 0) + 1
    if (this.list.length < this.max) this.list.push(f)
  }
  get total(): number {
    return Object.values(this.counts).reduce((a, b) => a + b, 0)
  }
}
