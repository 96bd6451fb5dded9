import type { Kysely } from 'kysely'
import { recordAudit } from '../../../platform/audit.js'
import type { DB } from '../../../platform/db/schema.js'
import type { PiiCrypto } from '../../../platform/pii-crypto.js'
import { businessDate, startOfBusinessDate } from '../../../platform/time.js'
import type { ActivityBatch, ActivityResult, FieldError } from './activity.schema.js'
import {
  advanceLastActivity,
  insertDeclarations,
  liveRegistrations,
  reportedDeclarations,
  type LiveRegistration,
} from './activity.repository.js'
import { ProblemError } from './problem.js'

// Recording a batch of declarations: every event checked against the registry first; one bad
// event refuses the whole batch (nothing recorded), so a resend after the fix is exact.

export interface ActivityDeps {
  db: Kysely<DB>
  crypto: PiiCrypto
}

type Resolver = (number: string) => LiveRegistration | undefined

async function resolver(deps: ActivityDeps, numbers: string[]): Promise<Resolver> {
  const distinct = [...new Set(numbers)]
  const hmacOf = new Map(distinct.map((n) => [n, deps.crypto.hmac(n).blob.toString('hex')]))
  const rows = await liveRegistrations(deps.db, {
    hmacs: distinct.map((n) => Buffer.from(hmacOf.get(n) as string, 'hex')),
    // Juristic IDs begin with 0; national IDs never do.
    juristicIds: distinct.filter((n) => n.startsWith('0')),
  })
  const byHmac = new Map(
    rows.flatMap((r) => (r.nationalIdHmac ? [[r.nationalIdHmac.toString('hex'), r]] : [])),
  )
  const byJuristic = new Map(rows.flatMap((r) => (r.juristicId ? [[r.juristicId, r]] : [])))
  return (n) => byJuristic.get(n) ?? byHmac.get(hmacOf.get(n) as string)
}

function at(i: number, field: string, code: string, detail: string): FieldError {
  return { pointer: `/events/${i}/${field}`, code, detail }
}

/** Records a client's batch at `now`, or refuses it with an error for each bad event. */
export async function recordActivity(
  deps: ActivityDeps,
  client: { id: string; name: string },
  batch: ActivityBatch,
  now: Date,
  requestId: string,
): Promise<ActivityResult> {
  const { events } = batch
  const errors: FieldError[] = []
  const today = businessDate(now)
  const find = await resolver(
    deps,
    events.map((e) => e.registrationNumber),
  )
  const earlier = new Map(
    (
      await reportedDeclarations(
        deps.db,
        events.map((e) => e.declarationReference),
      )
    ).map((d) => [d.declaration_ref, d]),
  )
  const seen = new Map<string, number>()
  const outcomes: ('recorded' | 'duplicate')[] = []
  events.forEach((e, i) => {
    const first = seen.get(e.declarationReference)
    if (first !== undefined)
      errors.push(
        at(
          i,
          'declarationReference',
          'duplicate_in_batch',
          `the same reference as /events/${first}`,
        ),
      )
    seen.set(e.declarationReference, first ?? i)
    let validDate = true
    try {
      startOfBusinessDate(e.declarationDate)
    } catch {
      validDate = false
      errors.push(at(i, 'declarationDate', 'invalid_date', 'no such date'))
    }
    if (validDate && e.declarationDate > today)
      errors.push(at(i, 'declarationDate', 'in_future', `after today (${today}, Asia/Bangkok)`))
    const registration = find(e.registrationNumber)
    if (!registration) {
      errors.push(
        at(
          i,
          'registrationNumber',
          'unknown_registration',
          'no live registration holds this number',
        ),
      )
    } else if (validDate && e.declarationDate < businessDate(registration.validFrom)) {
      errors.push(at(i, 'declarationDate', 'before_registration', 'before the registration began'))
    }
    const before = earlier.get(e.declarationReference)
    if (
      before &&
      (before.registration_id !== registration?.id || before.declared_on !== e.declarationDate)
    )
      errors.push(
        at(
          i,
          'declarationReference',
          'conflict',
          'reported before with another registration or date',
        ),
      )
    outcomes.push(before ? 'duplicate' : 'recorded')
  })
  if (errors.length > 0) {
    await recordAudit(deps.db, {
      actorType: 'system',
      actorId: client.id,
      actorRole: 'api-client',
      action: 'activity.batch_refused',
      outcome: 'refused',
      requestId,
      data: {
        client: client.name,
        events: events.length,
        errors: errors.slice(0, 20).map((e) => e.code),
      },
    })
    throw new ProblemError(
      422,
      'invalid-events',
      'Some events cannot be recorded; none was',
      errors,
    )
  }
  const fresh = events.filter((_, i) => outcomes[i] === 'recorded')
  const latest = new Map<string, string>()
  for (const e of fresh) {
    const id = (find(e.registrationNumber) as LiveRegistration).id
    const prev = latest.get(id)
    if (!prev || e.declarationDate > prev) latest.set(id, e.declarationDate)
  }
  const added = await deps.db.transaction().execute(async (trx) => {
    const refs = await insertDeclarations(
      trx,
      fresh.map((e) => ({
        ref: e.declarationReference,
        registrationId: (find(e.registrationNumber) as LiveRegistration).id,
        date: e.declarationDate,
        clientId: client.id,
        at: now,
      })),
    )
    // In one order, so that two batches touching the same registrations never deadlock.
    const touched = [...latest].sort(([a], [b]) => a.localeCompare(b))
    await advanceLastActivity(
      trx,
      touched.map(([registrationId, date]) => ({ registrationId, at: startOfBusinessDate(date) })),
    )
    await recordAudit(trx, {
      actorType: 'system',
      actorId: client.id,
      actorRole: 'api-client',
      action: 'activity.reported',
      requestId,
      data: {
        client: client.name,
        events: events.length,
        recorded: refs.length,
        registrations: touched.length,
      },
    })
    return new Set(refs)
  })
  const results = events.map((e) => ({
    declarationReference: e.declarationReference,
    outcome: added.has(e.declarationReference) ? ('recorded' as const) : ('duplicate' as const),
  }))
  const recorded = results.filter((r) => r.outcome === 'recorded').length
  return { received: events.length, recorded, duplicates: events.length - recorded, results }
}
