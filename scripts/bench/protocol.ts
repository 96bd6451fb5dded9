/** What the orchestrator, the bench server and the load generator say to each other. */

/** The requests one load run sends. */
export type LoadTarget =
  /** POST prefix + n for n = start, start+1, … (each seeded draft exactly once), at most `limit`. */
  | { kind: 'sequence'; method: 'POST'; prefix: string; start: number; limit: number }
  /**
   * The paths in turn, each with the cookie, the (form) body and the label at the same position
   * modulo their count (if any). Labelled runs also report latencies per label.
   */
  | {
      kind: 'cycle'
      method: 'GET' | 'POST'
      paths: string[]
      cookies?: string[]
      bodies?: string[]
      labels?: string[]
      /** Extra headers at the same position modulo their count (an API's bearer tokens). */
      headers?: Record<string, string>[]
      /** The bodies' type: a form by default; 'json' for an API. */
      bodyType?: 'form' | 'json'
    }
  /**
   * The mixed load: each connection repeats 20 requests — 16 page reads (reads[i] with its
   * cookie, '' for none, i counting across connections), 3 journey steps as a new browser (open
   * the start page, accept, type the details with a fresh national ID) and 1 submit of the next
   * seeded draft. Reported per label: read, journey, submit.
   */
  | {
      kind: 'mixed'
      reads: { paths: string[]; cookies: string[] }
      submit: { prefix: string; start: number; limit: number }
      /** The first national-ID number of the journeys (see nationalIdFor in seed.ts). */
      journeyIdStart: number
    }

/** One autocannon run, given to the load generator on its standard input. */
export interface LoadSpec {
  url: string
  connections: number
  durationS: number
  timeoutS: number
  target: LoadTarget
}

/** What the load generator prints, as one JSON line. */
export interface LoadResult {
  /** Responses received (any status). */
  completed: number
  /** Requests sent (for a sequence: how many drafts were used). */
  issued: number
  elapsedS: number
  rps: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  /** Responses outside 2xx/3xx plus socket errors and timeouts. */
  errors: number
  statuses: Record<string, number>
  /** CPU the load generator itself used (user + system), in ms. */
  cpuMs: number
  /** For a labelled run: the same figures per label. */
  byLabel?: Record<string, LabelResult>
}

export interface LabelResult {
  completed: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  errors: number
}

/** The bench server's message on its IPC channel once it listens. */
export interface ReadyMessage {
  type: 'ready'
  port: number
  engine: 'pglite' | 'postgres'
  poolSize: number
}

/** Counts the bench server reports after the runs, to check that every submit was a first decision. */
export interface BenchStats {
  seeded: number
  decisions: Record<string, number>
  registrations: number
  receipts: number
  drafts: number
}
