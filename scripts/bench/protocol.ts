/** What the orchestrator, the bench server and the load generator say to each other. */

/** The requests one load run sends. */
export type LoadTarget =
  /** POST prefix + n for n = start, start+1, … (each seeded draft exactly once), at most `limit`. */
  | { kind: 'sequence'; method: 'POST'; prefix: string; start: number; limit: number }
  /** The paths in turn, each with the cookie at the same position modulo their count (if any). */
  | { kind: 'cycle'; method: 'GET' | 'POST'; paths: string[]; cookies?: string[] }

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
