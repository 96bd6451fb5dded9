// The submit WITHOUT auditing, for the submit-no-audit scenario only. It exists only in the bench
// server's process: the portal has no setting, flag or code path that turns auditing off.
//
// How: the variant runs the real submit service on a database handle of its own — a second pool
// of the same size, whose connections carry the application_name NO_AUDIT_APPLICATION. The bench
// server wraps pg's Client#query once, at start-up, for every query of the process (so the real
// submit and the variant pay the same wrapper). On a connection of that pool, an INSERT into
// audit_events or audit_event_details answers "1 row inserted" without being sent: the statement
// never reaches PostgreSQL; where the audit insert is the last part of the submit's one statement
// (a batch's data-modifying WITH), it is turned into a SELECT of the same values that writes
// nothing. Everything else the submit does — the read, the signature, the statement's other
// writes — runs as in the portal. auditWrites itself still builds and compiles its insert (a few
// microseconds), so the measured cost of auditing is its database part.
//
// The connection marks the variant, not the request: an earlier version marked the request with
// an AsyncLocalStorage context and lost it for about half the submits somewhere between the
// request, the batch queue and the pool, so those were audited (the scenario's check caught it).
import pg from 'pg'

export const NO_AUDIT_APPLICATION = 'ctp-bench-no-audit'

// Kysely compiles inserts as `insert into "audit_events" (...)`.
const AUDIT_INSERT = /^insert into "audit_event(s|_details)"/
// …and as the last part of a statement of data-modifying CTEs (src/platform/db/one-statement.ts).
const AUDIT_TAIL = /(?<=\) )insert into "audit_events" \(([^)]*)\) values (.*)$/s

/** Rows in a multi-row insert: a batch of submits writes its audit events in one insert. */
const rowsOf = (insert: string) => (insert.match(/\), \(/g)?.length ?? 0) + 1
let installed = false
let dropped = 0

type Query = (this: pg.Client, ...args: unknown[]) => unknown

/** The connection string of the variant's own pool: the same database, marked by its name. */
export function noAuditUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl)
  url.searchParams.set('application_name', NO_AUDIT_APPLICATION)
  return url.toString()
}

/** Installs the wrapper (once); only PostgreSQL (pg) queries pass through it. */
export function installAuditDrop(): void {
  if (installed) return
  installed = true
  const proto = pg.Client.prototype as unknown as { query: Query }
  const query = proto.query
  proto.query = function (this: pg.Client, ...args: unknown[]): unknown {
    const unaudited =
      (this as unknown as { connectionParameters?: { application_name?: string } })
        .connectionParameters?.application_name === NO_AUDIT_APPLICATION
    if (!unaudited) return query.apply(this, args)
    // A statement comes as its text, or — named once per connection (ADR 16, openPostgres) —
    // as a config object { name, text, values }.
    const first = args[0]
    const config =
      typeof first === 'object' &&
      first !== null &&
      typeof (first as { text?: unknown }).text === 'string'
        ? (first as { name?: string; text: string })
        : undefined
    const text = config ? config.text : first
    if (typeof text === 'string') {
      if (AUDIT_INSERT.test(text)) {
        dropped += rowsOf(text)
        return Promise.resolve({ command: 'INSERT', rowCount: 1, rows: [], fields: [] })
      }
      const tail = AUDIT_TAIL.exec(text)
      if (tail) {
        // The submit's one statement (WITH w0 AS (…), … insert into "audit_events" …): its
        // final insert becomes a SELECT of the same values that writes nothing, so the
        // statement's other writes run and its parameters keep their places.
        dropped += rowsOf(tail[0])
        const [, columns, values] = tail
        const changed = `${text.slice(0, tail.index)}select 1 from (values ${values}) as dropped_audit(${columns}) where false`
        // A named statement keeps a name of its own: the changed text is another statement.
        args[0] = config
          ? { ...config, text: changed, name: config.name && `${config.name}_no_audit` }
          : changed
      }
    }
    return query.apply(this, args)
  }
}

/** How many audit rows were dropped so far (the check that the variant really ran). */
export const droppedAuditInserts = () => dropped
