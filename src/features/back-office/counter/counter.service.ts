import type { Kysely } from 'kysely'
import { recordAudit } from '../../../platform/audit.js'
import type { DB } from '../../../platform/db/schema.js'
import { ConflictError, ForbiddenError, NotFoundError } from '../../../platform/errors.js'
import { newId, shortReference } from '../../../platform/ids.js'
import { recordJourneyEvent } from '../../../platform/journey.js'
import { formatThaiId, maskThaiId } from '../../../platform/thai-id.js'
import { formatDate } from '../../../platform/time.js'
import { saveCounterProfile, upsertPerson } from '../../identity/index.js'
import { enqueueMail } from '../../mail/index.js'
import {
  auditRefusal,
  authorise,
  type BackOfficeDeps,
  can,
  isUuid,
  type OfficerAuth,
  roleLabel,
} from '../../officers/index.js'
import { counterMessages, type CounterMessage } from './counter.messages.js'
import {
  decideCounterEntry,
  findCounterEntry,
  hasLiveRegistration,
  hasPendingEntry,
  insertCounterEntry,
  listCounterEntries,
  lockPendingEntry,
  type CounterEntryRow,
  type CounterStatus,
} from './counter.repository.js'
import type { CounterDocument, CounterEntryInput, EkycReason } from './counter.schema.js'
import { fullName, idCardAddressLine } from '../registry/registry.presenter.js'

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

const SUBJECT = 'counter_registration'

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string }).code === '23505'
}

function actor(auth: OfficerAuth) {
  return {
    actorType: 'officer' as const,
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    requestId: auth.requestId,
  }
}

/** Viewing the counter needs either side of the four-eyes rule. */
async function authoriseCounter(
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

export interface OfficerStamp {
  name: string
  unit: string
  at: Date
}

export interface CounterEntryView {
  id: string
  reference: string
  status: CounterStatus
  nationalId: string
  nameTh: string
  nameEn: string
  /** ISO date. */
  birthDate: string
  address: string
  email: string
  mobile: string
  documents: CounterDocument[]
  ekycReason: EkycReason
  maker: OfficerStamp
  checker: OfficerStamp | null
  rejectionReason: string | null
  personId: string | null
  /** The officer looking entered it: they may not confirm or reject it. */
  own: boolean
  /** The officer looking may confirm or reject it now. */
  canDecide: boolean
}

async function entryInScope(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  id: string,
  action: string,
): Promise<CounterEntryRow> {
  const entry = isUuid(id) ? await findCounterEntry(deps.db, id) : undefined
  if (!entry) {
    if (isUuid(id))
      await auditRefusal(deps.db, auth, { action, subjectType: SUBJECT, subjectId: id })
    throw new NotFoundError('no such counter entry')
  }
  return entry
}

function present(deps: BackOfficeDeps, auth: OfficerAuth, e: CounterEntryRow): CounterEntryView {
  return {
    id: e.id,
    reference: e.reference,
    status: e.status,
    nationalId: formatThaiId(
      deps.crypto.decrypt({ keyId: e.national_id_enc_key_id, blob: e.national_id_enc }),
    ),
    nameTh: fullName(e.title_th, e.first_name_th, e.middle_name_th, e.last_name_th, 'th'),
    nameEn: fullName(e.title_en, e.first_name_en, e.middle_name_en, e.last_name_en, 'en'),
    birthDate: e.birth_date,
    address: idCardAddressLine(e.id_card_address),
    email: e.email,
    mobile: e.mobile,
    documents: e.documents,
    ekycReason: e.ekyc_reason,
    maker: { name: e.maker_name, unit: e.maker_unit, at: e.entered_at },
    checker:
      e.checker_name !== null && e.checker_unit !== null && e.checked_at !== null
        ? { name: e.checker_name, unit: e.checker_unit, at: e.checked_at }
        : null,
    rejectionReason: e.rejection_reason,
    personId: e.person_id,
    own: e.entered_by === auth.officerId,
    canDecide:
      e.status === 'pending' &&
      e.entered_by !== auth.officerId &&
      can(auth.roles, 'counter.confirm'),
  }
}

/** One entry in full (the checker compares it with the documents); the read is audited. */
export async function viewCounterEntry(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  id: string,
): Promise<CounterEntryView> {
  const subject = isUuid(id) ? { type: SUBJECT, id } : undefined
  await authoriseCounter(deps.db, auth, 'counter.view', subject)
  const entry = await entryInScope(deps, auth, id, 'counter.view')
  await recordAudit(deps.db, {
    ...actor(auth),
    action: 'counter.entry_viewed',
    subjectType: SUBJECT,
    subjectId: entry.id,
    details: { ip: auth.ip },
  })
  return present(deps, auth, entry)
}

/**
 * The checker's side, shared by confirm and reject: permission, the entry, the four-eyes rule
 * (a refusal is audited before anything else happens) and that it is still waiting. Routes
 * call it before they even read the form, so the maker is refused whatever they send.
 */
export async function checkable(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  id: string,
  action: 'counter.confirm' | 'counter.reject',
): Promise<CounterEntryRow> {
  const subject = isUuid(id) ? { type: SUBJECT, id } : undefined
  await authorise(deps.db, auth, 'counter.confirm', action, subject)
  const entry = await entryInScope(deps, auth, id, action)
  if (entry.entered_by === auth.officerId) {
    await recordAudit(deps.db, {
      ...actor(auth),
      action: 'counter.four_eyes_refused',
      subjectType: SUBJECT,
      subjectId: entry.id,
      outcome: 'refused',
      data: { wanted: action },
      details: { ip: auth.ip },
    })
    throw new FourEyesError()
  }
  if (entry.status !== 'pending') throw new AlreadyDecidedError()
  return entry
}

/** Both languages in one e-mail: the entry has no language of its own. */
function mailTexts(key: 'confirmed' | 'rejected', params: Record<string, string>) {
  const m = counterMessages('th')
  return {
    subject: m(key === 'confirmed' ? 'mail.confirmedSubject' : 'mail.rejectedSubject'),
    text: m(key === 'confirmed' ? 'mail.confirmedBody' : 'mail.rejectedBody', params),
  }
}

/**
 * The second officer confirms: in one transaction the person (found or created), a profile of
 * source 'counter', an ACTIVE registration of channel 'counter' with no application and no
 * decision, the entry's check, the e-mail to the registrant, the journey event and the audit.
 */
export async function confirmCounterEntry(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  id: string,
): Promise<{ personId: string; registrationId: string }> {
  const entry = await checkable(deps, auth, id, 'counter.confirm')
  const nationalId = deps.crypto.decrypt({
    keyId: entry.national_id_enc_key_id,
    blob: entry.national_id_enc,
  })
  const now = new Date()
  const registrationId = newId()
  try {
    const personId = await deps.db.transaction().execute(async (trx) => {
      const locked = await lockPendingEntry(trx, entry.id)
      if (!locked) throw new AlreadyDecidedError()
      if (locked.entered_by === auth.officerId) throw new FourEyesError()
      if (await hasLiveRegistration(trx, entry.national_id_hmac)) throw new AlreadyRegisteredError()
      const personId = await upsertPerson(trx, deps.crypto, nationalId)
      await saveCounterProfile(trx, personId, {
        nationalId,
        titleTh: entry.title_th,
        firstNameTh: entry.first_name_th,
        middleNameTh: entry.middle_name_th,
        lastNameTh: entry.last_name_th,
        titleEn: entry.title_en,
        firstNameEn: entry.first_name_en,
        middleNameEn: entry.middle_name_en,
        lastNameEn: entry.last_name_en,
        birthDate: entry.birth_date,
        // A Thai national ID card was seen: the counter serves Thai nationals only.
        nationality: 'THA',
        address: entry.id_card_address,
      })
      await trx
        .insertInto('registrations')
        .values({
          id: registrationId,
          registrant_type: 'person',
          person_id: personId,
          channel: 'counter',
          status: 'ACTIVE',
          application_id: null,
          decision_id: null,
          email: entry.email,
          mobile: entry.mobile,
          mailing_address: JSON.stringify({ kind: 'id-card' }),
          valid_from: now,
          last_activity_at: now,
        })
        .execute()
      await trx
        .insertInto('registration_status_history')
        .values({
          id: newId(),
          registration_id: registrationId,
          status: 'ACTIVE',
          reason: 'counter-registration',
          changed_at: now,
        })
        .execute()
      const decided = await decideCounterEntry(
        trx,
        entry.id,
        auth.officerId,
        { status: 'confirmed', personId, registrationId },
        now,
      )
      if (!decided) throw new AlreadyDecidedError()
      await enqueueMail(trx, {
        to: entry.email,
        ...mailTexts('confirmed', {
          reference: entry.reference,
          number: maskThaiId(nationalId),
          date: formatDate(now, 'th'),
          dateEn: formatDate(now, 'en'),
        }),
      })
      await recordJourneyEvent(trx, {
        journeyId: entry.id,
        kind: 'person',
        event: 'decision',
        step: 'approved',
        channel: 'counter',
        at: now,
      })
      await recordAudit(trx, {
        ...actor(auth),
        action: 'counter.confirmed',
        subjectType: SUBJECT,
        subjectId: entry.id,
        data: { registrationId, personId, enteredBy: entry.entered_by },
        details: { ip: auth.ip },
      })
      // In the registrant's own history too: who entered it and who confirmed it.
      await recordAudit(trx, {
        ...actor(auth),
        action: 'registration.created_at_counter',
        subjectType: 'registration',
        subjectId: registrationId,
        data: {
          counterEntry: entry.id,
          enteredBy: entry.entered_by,
          confirmedBy: auth.officerId,
        },
      })
      return personId
    })
    return { personId, registrationId }
  } catch (err) {
    // registrations_one_live_person: registered online between the check and the insert.
    if (isUniqueViolation(err)) throw new AlreadyRegisteredError()
    throw err
  }
}

/** The second officer rejects, with a reason kept for the record; the applicant is told. */
export async function rejectCounterEntry(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  id: string,
  reason: string,
): Promise<void> {
  const entry = await checkable(deps, auth, id, 'counter.reject')
  const now = new Date()
  await deps.db.transaction().execute(async (trx) => {
    const decided = await decideCounterEntry(
      trx,
      entry.id,
      auth.officerId,
      { status: 'rejected', reason },
      now,
    )
    if (!decided) throw new AlreadyDecidedError()
    await enqueueMail(trx, {
      to: entry.email,
      ...mailTexts('rejected', { reference: entry.reference }),
    })
    await recordJourneyEvent(trx, {
      journeyId: entry.id,
      kind: 'person',
      event: 'decision',
      step: 'refused',
      channel: 'counter',
      at: now,
    })
    await recordAudit(trx, {
      ...actor(auth),
      action: 'counter.rejected',
      subjectType: SUBJECT,
      subjectId: entry.id,
      data: { enteredBy: entry.entered_by },
      details: { ip: auth.ip, reason },
    })
  })
}
