import type { Kysely } from 'kysely'
import { recordAudit } from '../../../platform/audit.js'
import type { DB, RuleResult } from '../../../platform/db/schema.js'
import { newId, shortReference } from '../../../platform/ids.js'
import { formatDate } from '../../../platform/time.js'
import { maskThaiId } from '../../../platform/thai-id.js'
import { enqueueMail } from '../../mail/index.js'
import { signReceipt, storeReceipt } from '../../receipts/index.js'
import {
  directorKey,
  lookupWithSnapshot,
  matchDirector,
  parseSigningClause,
  type JuristicPerson,
} from '../../registry-dbd/index.js'
import { bilingualMail } from '../reactivation/bilingual.js'
import { stepUpFacts } from '../reactivation/owner.repository.js'
import { personIdentity, type ChangeDeps, type Owner } from '../reactivation/owner.service.js'
import { insertStatusLine } from '../reactivation/reactivation.repository.js'
import {
  cancelRegistration,
  completeCancellation,
  confirmationsOf,
  insertCancellation,
  insertConfirmation,
  openCancellation,
} from './cancellation.repository.js'
import { cancellationMessages } from './messages.js'
import {
  CANCELLATION_RULE_SET,
  companyCancellationResults,
  personCancellationResults,
} from './rules.js'

/** The status line's reason of a cancellation by the registrant. */
export const CANCELLATION_REASON = 'cancellation'

export type CancelResult =
  | { status: 'cancelled'; decisionId: string }
  | { status: 'waiting' }
  | { status: 'not_live' | 'no_step_up' | 'unavailable' | 'not_director' }

const mails = { th: cancellationMessages('th'), en: cancellationMessages('en') }

/** Each confirming person matched against the directors DBD lists today. */
async function confirmers(deps: ChangeDeps, company: JuristicPerson, personIds: string[]) {
  const out: { directorIndex: number | null; directorKey: string | null }[] = []
  for (const id of personIds) {
    const match = matchDirector(company.directors, await personIdentity(deps, id))
    const d = match ? company.directors[match.index] : undefined
    out.push({ directorIndex: match?.index ?? null, directorKey: d ? directorKey(d) : null })
  }
  return out
}

/** Every write of a decided cancellation: the row, the status, its line, receipt, audit, mail. */
async function finish(
  trx: Kysely<DB>,
  deps: ChangeDeps,
  owner: Owner,
  c: { id: string; reference: string; results: RuleResult[]; snapshotId: string | null },
  requestId: string,
): Promise<void> {
  const reg = owner.registration
  const now = deps.clock.now()
  const receipt = await signReceipt(deps.signer, {
    decisionId: c.id,
    applicationReference: c.reference,
    outcome: 'approved',
    registrantType: reg.registrant_type,
    maskedNumber: maskThaiId(owner.number),
    ruleSet: { id: CANCELLATION_RULE_SET.id, version: CANCELLATION_RULE_SET.version },
    checks: c.results.map((r) => ({ rule: r.rule, passed: r.passed })),
    decidedAt: now.toISOString(),
    action: 'cancellation',
    ...(reg.kind === 'customs_broker' ? { kind: reg.kind } : {}),
  })
  const historyId = newId()
  // No longer live (cancelled meanwhile): roll back whatever this request wrote.
  if (!(await cancelRegistration(trx, { id: reg.id, receiptId: receipt.receiptId })))
    throw new NotLive()
  await insertStatusLine(trx, {
    id: historyId,
    registrationId: reg.id,
    status: 'CANCELLED',
    reason: CANCELLATION_REASON,
    at: now,
  })
  const completed = await completeCancellation(trx, {
    id: c.id,
    at: now,
    results: c.results,
    receiptId: receipt.receiptId,
    historyId,
    snapshotId: c.snapshotId,
  })
  if (!completed) throw new NotLive()
  await storeReceipt(trx, deps.signer, c.id, receipt)
  await recordAudit(trx, {
    actorType: 'registrant',
    actorId: owner.personId,
    action: 'registration.cancelled',
    subjectType: 'registration',
    subjectId: reg.id,
    requestId,
    data: { cancellationId: c.id, receiptId: receipt.receiptId, statusHistoryId: historyId },
  })
  const p = (locale: 'th' | 'en') => ({ date: formatDate(now, locale), receipt: receipt.url })
  await enqueueMail(
    trx,
    bilingualMail(mails, reg.email, 'mail.cancelledSubject', 'mail.cancelledBody', {
      th: p('th'),
      en: p('en'),
    }),
  )
}

class NotLive extends Error {}

/** Runs the final transaction; a registration cancelled meanwhile is not live, nothing written. */
async function decided(run: () => Promise<void>, id: string): Promise<CancelResult> {
  try {
    await run()
    return { status: 'cancelled', decisionId: id }
  } catch (err) {
    if (err instanceof NotLive) return { status: 'not_live' }
    throw err
  }
}

/** A usable step-up of the person asking, or undefined. */
async function verifiedStepUp(deps: ChangeDeps, owner: Owner, verificationId: string) {
  const v = await stepUpFacts(deps.db, verificationId)
  return v && v.status === 'verified' && v.purpose === 'step-up' && v.person_id === owner.personId
    ? v
    : undefined
}

/**
 * The registrant confirms the cancellation after verifying through the bank. A person's
 * registration is cancelled at once; a company's when the directors who confirmed satisfy the
 * signing clause DBD publishes today, else it waits for the others (the first director starts
 * it, each other signs in and confirms).
 */
export async function confirmCancellation(
  deps: ChangeDeps,
  owner: Owner,
  stepUp: { verificationId: string },
  requestId: string,
): Promise<CancelResult> {
  const reg = owner.registration
  if (reg.status !== 'ACTIVE' && reg.status !== 'SUSPENDED') return { status: 'not_live' }
  const v = await verifiedStepUp(deps, owner, stepUp.verificationId)
  if (!v) return { status: 'no_step_up' }
  const now = deps.clock.now()
  if (reg.registrant_type === 'person') {
    const id = newId()
    const results = personCancellationResults(v.person_id === reg.person_id)
    if (!results.every((r) => r.passed)) return { status: 'no_step_up' }
    return decided(
      () =>
        deps.db.transaction().execute(async (trx) => {
          const reference = shortReference()
          await insertCancellation(trx, {
            id,
            registrationId: reg.id,
            reference,
            startedBy: owner.personId,
            at: now,
          })
          await insertConfirmation(trx, {
            cancellationId: id,
            personId: owner.personId,
            verificationId: v.id,
            directorIndex: null,
            at: now,
          })
          await finish(trx, deps, owner, { id, reference, results, snapshotId: null }, requestId)
        }),
      id,
    )
  }
  const lookup = await lookupWithSnapshot(deps, owner.number)
  if (lookup.status === 'unavailable') return { status: 'unavailable' }
  const company = lookup.status === 'found' ? lookup.company : undefined
  const me = company
    ? matchDirector(company.directors, await personIdentity(deps, owner.personId))
    : undefined
  if (!company || !me) {
    await recordAudit(deps.db, {
      actorType: 'registrant',
      actorId: owner.personId,
      action: 'registration.cancellation_refused',
      subjectType: 'registration',
      subjectId: reg.id,
      outcome: 'refused',
      requestId,
      data: { reason: 'not_director', dbdSnapshotId: lookup.snapshotId },
    })
    return { status: 'not_director' }
  }
  const started = await deps.db.transaction().execute(async (trx) => {
    let open = await openCancellation(trx, reg.id)
    const first = open === undefined
    if (!open) {
      await insertCancellation(trx, {
        id: newId(),
        registrationId: reg.id,
        reference: shortReference(),
        startedBy: owner.personId,
        at: now,
      })
      open = await openCancellation(trx, reg.id)
    }
    if (!open) throw new Error('no open cancellation after starting one')
    await insertConfirmation(trx, {
      cancellationId: open.id,
      personId: owner.personId,
      verificationId: v.id,
      directorIndex: me.index,
      at: now,
    })
    await recordAudit(trx, {
      actorType: 'registrant',
      actorId: owner.personId,
      action: first ? 'registration.cancellation_started' : 'registration.cancellation_confirmed',
      subjectType: 'registration',
      subjectId: reg.id,
      requestId,
      data: { cancellationId: open.id, directorIndex: me.index, dbdSnapshotId: lookup.snapshotId },
    })
    if (first) {
      const p = (locale: 'th' | 'en') => ({
        date: formatDate(now, locale),
        link: `${deps.publicBaseUrl}/account/sign-in`,
      })
      await enqueueMail(
        trx,
        bilingualMail(mails, reg.email, 'mail.startedSubject', 'mail.startedBody', {
          th: p('th'),
          en: p('en'),
        }),
      )
    }
    return open
  })
  const confirmed = await confirmationsOf(deps.db, started.id)
  const results = companyCancellationResults(
    parseSigningClause(company.signingClause, company.directors),
    await confirmers(
      deps,
      company,
      confirmed.map((c) => c.person_id),
    ),
  )
  if (!results.every((r) => r.passed)) return { status: 'waiting' }
  return decided(
    () =>
      deps.db.transaction().execute((trx) =>
        finish(
          trx,
          deps,
          owner,
          {
            id: started.id,
            reference: started.reference,
            results,
            snapshotId: lookup.snapshotId,
          },
          requestId,
        ),
      ),
    started.id,
  )
}
