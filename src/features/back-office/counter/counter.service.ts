import type { Kysely } from 'kysely'
import { recordAudit } from '../../../platform/audit.js'
import type { DB } from '../../../platform/db/schema.js'
import { ConflictError, ForbiddenError, isUniqueViolation } from '../../../platform/errors.js'
import { newId, shortReference } from '../../../platform/ids.js'
import { recordJourneyEvent } from '../../../platform/journey.js'
import {
  authorise,
  type BackOfficeDeps,
  can,
  type OfficerAuth,
  roleLabel,
} from '../../officers/index.js'
import { type CounterMessage } from './counter.messages.js'
import {
  hasLiveRegistration,
  hasPendingEntry,
  insertCounterEntry,
  listCounterEntries,
  type CounterStatus,
} from './counter.repository.js'
import type { CounterEntryInput } from './counter.schema.js'
import { fullName } from '../../registrations/index.js'

// The counter (ADR 12): the first officer enters what the documents show; the second confirms or
// rejects it (counter-decision.service.ts), never their own entry.

/** The maker tried to check their own entry: refused, and the attempt is audited. */
export class FourEyesError extends ForbiddenError {
  constructor() {
    super('the maker of a counter entry cannot check it')
  }
}

/** The entry was confirmed or rejected already (perhaps a moment ago by someone else). */
export class AlreadyDecidedError extends ConflictError {
  constructor() {
    super('the counter entry is no longer waiting')
  }
}

/** The person has a live registration: none can be created from the entry. */
export class AlreadyRegisteredError extends ConflictError {
  constructor() {
    super('the person already has a live registration')
  }
}

export const SUBJECT = 'counter_registration'

export function actor(auth: OfficerAuth) {
  return {
    actorType: 'officer' as const,
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    requestId: auth.requestId,
  }
}

/** Viewing the counter needs either side of the four-eyes rule. */
export async function authoriseCounter(
  db: Kysely<DB>,
  auth: OfficerAuth,
  action: string,
  subject?: { type: string; id: string },
): Promise<void> {
  if (can(auth.roles, 'counter.enter') || can(auth.roles, 'counter.confirm')) return
  await authorise(db, auth, 'counter.enter', action, subject)
}

export type EnterResult = { ok: true; id: string } | { ok: false; problem: CounterMessage }

/**
 * The maker's step: the entry is saved and waits for a second officer. Nothing is registered
 * yet. A person with a live registration, or with an entry already waiting, is refused.
 */
export async function enterCounterRegistration(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  input: CounterEntryInput,
): Promise<EnterResult> {
  await authorise(deps.db, auth, 'counter.enter', 'counter.enter')
  const hmac = deps.crypto.hmac(input.nationalId).blob
  if (await hasLiveRegistration(deps.db, hmac))
    return { ok: false, problem: 'error.nationalId.registered' }
  if (await hasPendingEntry(deps.db, hmac))
    return { ok: false, problem: 'error.nationalId.pending' }
  const id = newId()
  const reference = shortReference()
  const enc = deps.crypto.encrypt(input.nationalId)
  const now = new Date()
  try {
    await deps.db.transaction().execute(async (trx) => {
      await insertCounterEntry(trx, {
        id,
        reference,
        national_id_hmac: hmac,
        national_id_enc: enc.blob,
        national_id_enc_key_id: enc.keyId,
        title_th: input.titleTh,
        first_name_th: input.firstNameTh,
        middle_name_th: input.middleNameTh,
        last_name_th: input.lastNameTh,
        title_en: input.titleEn,
        first_name_en: input.firstNameEn,
        middle_name_en: input.middleNameEn,
        last_name_en: input.lastNameEn,
        birth_date: input.birthDate,
        id_card_address: input.address,
        email: input.email,
        mobile: input.mobile,
        documents: input.documents,
        ekyc_reason: input.ekycReason,
        entered_by: auth.officerId,
      })
      // Statistics count the counter as a channel of the person journey.
      for (const event of ['started', 'submitted'] as const)
        await recordJourneyEvent(trx, {
          journeyId: id,
          kind: 'person',
          event,
          channel: 'counter',
          at: now,
        })
      await recordAudit(trx, {
        ...actor(auth),
        action: 'counter.entered',
        subjectType: SUBJECT,
        subjectId: id,
        data: { reference, documents: input.documents, ekycReason: input.ekycReason },
        details: { ip: auth.ip },
      })
    })
  } catch (err) {
    // Another officer saved an entry for the same person a moment earlier.
    if (isUniqueViolation(err)) return { ok: false, problem: 'error.nationalId.pending' }
    throw err
  }
  return { ok: true, id }
}

export interface CounterListItem {
  id: string
  reference: string
  nameTh: string
  status: CounterStatus
  enteredAt: Date
  makerName: string
  checkerName: string | null
  checkedAt: Date | null
  /** Entered by the officer looking: someone else must check it. */
  own: boolean
}

export interface CounterList {
  pending: CounterListItem[]
  decided: CounterListItem[]
  canEnter: boolean
}

/** What is waiting for a checker, and what was checked lately. */
export async function listCounter(deps: BackOfficeDeps, auth: OfficerAuth): Promise<CounterList> {
  await authoriseCounter(deps.db, auth, 'counter.list')
  const [pending, decided] = await Promise.all([
    listCounterEntries(deps.db, 'pending', 100),
    listCounterEntries(deps.db, 'decided', 20),
  ])
  const item = (r: (typeof pending)[number]): CounterListItem => ({
    id: r.id,
    reference: r.reference,
    nameTh: fullName(r.title_th, r.first_name_th, r.middle_name_th, r.last_name_th, 'th'),
    status: r.status,
    enteredAt: r.entered_at,
    makerName: r.maker_name,
    checkerName: r.checker_name,
    checkedAt: r.checked_at,
    own: r.entered_by === auth.officerId,
  })
  // The list shows applicants' names: a read of personal data.
  await recordAudit(deps.db, {
    ...actor(auth),
    action: 'counter.list_viewed',
    data: { pending: pending.length, decided: decided.length },
    details: { ip: auth.ip },
  })
  return {
    pending: pending.map(item),
    decided: decided.map(item),
    canEnter: can(auth.roles, 'counter.enter'),
  }
}
