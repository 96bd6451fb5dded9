// The submit WITHOUT auditing, for the submit-no-audit scenario only. It exists only in the bench
// server's process: the portal has no setting, flag or code path that turns auditing off.
//
// How: the bench server wraps pg's Client#query once, at start-up, for every query of the
// process (so the real submit and the variant pay the same wrapper). Inside runWithoutAudit()
// (an AsyncLocalStorage context, i.e. one bench request), an INSERT into audit_events or
// audit_event_details answers "1 row inserted" without being sent: the statement never reaches
// PostgreSQL; where the audit insert is the last part of the submit's one statement (a batch's
// data-modifying WITH), it is turned into a SELECT of the same values that writes nothing. Everything else the submit does — the read, the signature, the transaction and
// its other statements — runs as in the portal. recordAudit itself still builds and compiles
// its statement (a few microseconds), so the measured cost of auditing is its database part.
import { AsyncLocalStorage } from 'node:async_hooks'
import pg from 'pg'

const withoutAudit = new AsyncLocalStorage<true>()
// Kysely compiles inserts as `insert into "audit_events" (...)`.
const AUDIT_INSERT = /^insert into "audit_event(s|_details)"/
// …and as the last part of a statement of data-modifying CTEs (src/platform/db/one-statement.ts).
const AUDIT_TAIL = /(?<=\) )insert into "audit_events" \(([^)]*)\) values (.*)$/s

/** Rows in a multi-row insert: a batch of submits writes its audit events in one insert. */
const rowsOf = (insert: string) => (insert.match(/\), \(/g)?.length ?? 0) + 1
let installed = false
let dropped = 0

type Query = (this: pg.Client, ...args: unknown[]) => unknown

/** Installs the wrapper (once); only PostgreSQL (pg) queries pass through it. */
export function installAuditDrop(): void {
  if (installed) return
  installed = true
  const proto = pg.Client.prototype as unknown as { query: Query }
  const query = proto.query
  proto.query = function (this: pg.Client, ...args: unknown[]): unknown {
    const text = args[0]
    if (typeof text === 'string' && withoutAudit.getStore() === true) {
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
        args[0] = `${text.slice(0, tail.index)}select 1 from (values ${values}) as dropped_audit(${columns}) where false`
      }
    }
    return query.apply(this, args)
  }
}

/** Runs fn with its audit inserts dropped (see above). */
export function runWithoutAudit<T>(fn: () => Promise<T>): Promise<T> {
  if (!installed) throw new Error('installAuditDrop() first')
  return withoutAudit.run(true, fn)
}

/** How many audit rows were dropped so far (the check that the variant really ran). */
export const droppedAuditInserts = () => dropped
