// The submit load of the faults runs: connections that each act as a browser, take the next seeded
// draft, submit it, and put it back to be retried when it was not acknowledged.
import { Browser, sleep, type Attempt } from './client.js'
import { applicationIdFor } from './database.js'

/** One attempt, timed from the start of the load. */
export interface AttemptRecord {
  n: number
  connection: number
  startMs: number
  endMs: number
  /** 'ack', 'HTTP <status>', 'bind HTTP <status>' (the faults-only binding) or 'network <code>'. */
  result: string
  /** The answer was an HTML page (for the 503s: the error page, not a bare error). */
  page: boolean
  /** The start of an answer that was not a page, to say what came instead. */
  note?: string
}

export interface SubmitLoadOptions {
  /** The server a connection talks to (may change between attempts). */
  url(connection: number): string
  drafts: number[]
  connections: number
  /** A draft not acknowledged this long after its first attempt fails the run. */
  giveUpAfterMs?: number
  timeoutMs?: number
}

export class SubmitLoad {
  readonly acked = new Set<number>()
  readonly records: AttemptRecord[] = []
  readonly t0 = performance.now()
  inFlight = 0
  private readonly fresh: number[]
  private readonly retry: number[] = []
  /** When each draft was first tried. */
  private readonly tries = new Map<number, number>()
  private freshStopped = false
  private fatal: Error | undefined

  constructor(private readonly opts: SubmitLoadOptions) {
    this.fresh = [...opts.drafts]
  }

  now(): number {
    return Math.round(performance.now() - this.t0)
  }

  /** Takes no new drafts; the ones already tried are still retried until acknowledged. */
  stopFresh(): void {
    this.freshStopped = true
  }

  get attempted(): number {
    return this.tries.size
  }

  private next(): number | undefined {
    // Retries first: what the user is waiting for comes before new work.
    return this.retry.shift() ?? (this.freshStopped ? undefined : this.fresh.shift())
  }

  private settled(): boolean {
    return (
      this.retry.length === 0 &&
      this.inFlight === 0 &&
      (this.freshStopped || this.fresh.length === 0)
    )
  }

  private async connection(index: number): Promise<void> {
    const browser = new Browser(() => this.opts.url(index), this.opts.timeoutMs ?? 60_000)
    while (!this.fatal) {
      const n = this.next()
      if (n === undefined) {
        if (this.settled()) return
        await sleep(20)
        continue
      }
      const first = this.tries.get(n) ?? this.now()
      this.tries.set(n, first)
      const waited = this.now() - first
      if (waited > (this.opts.giveUpAfterMs ?? 180_000)) {
        this.fatal = new Error(`draft ${n} not acknowledged after ${waited} ms of retries`)
        return
      }
      this.inFlight++
      const startMs = this.now()
      const a: Attempt = await browser.submitDraft(applicationIdFor(n), n)
      this.inFlight--
      const result =
        a.kind === 'ack'
          ? 'ack'
          : a.kind === 'network'
            ? `network ${a.error}`
            : `${a.harness ? 'bind ' : ''}HTTP ${a.status}`
      const page = a.kind === 'status' && /^<!doctype html>/i.test(a.body)
      const note = a.kind === 'status' && !page ? a.body.slice(0, 120) : undefined
      this.records.push({
        n,
        connection: index,
        startMs,
        endMs: this.now(),
        result,
        page,
        ...(note !== undefined ? { note } : {}),
      })
      if (a.kind === 'ack') {
        this.acked.add(n)
        continue
      }
      this.retry.push(n)
      // The server is down or the database is: back off a little before the next try.
      await sleep(a.kind === 'network' ? 250 : 100)
    }
  }

  /** Runs until every draft taken is acknowledged and no new one is to be taken. */
  async run(): Promise<void> {
    await Promise.all(Array.from({ length: this.opts.connections }, (_, i) => this.connection(i)))
    if (this.fatal) throw this.fatal
  }

  /** Attempts by result. */
  results(records = this.records): Record<string, number> {
    const out: Record<string, number> = {}
    for (const r of records) out[r.result] = (out[r.result] ?? 0) + 1
    return out
  }
}
