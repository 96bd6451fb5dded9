import { recordAudit } from '../../../platform/audit.js'
import { NotFoundError } from '../../../platform/errors.js'
import { formatThaiId } from '../../../platform/thai-id.js'
import {
  auditRefusal,
  authorise,
  type BackOfficeDeps,
  can,
  isUuid,
  type OfficerAuth,
} from '../../officers/index.js'
import { findCounterEntry, type CounterEntryRow, type CounterStatus } from './counter.repository.js'
import type { CounterDocument, EkycReason } from './counter.schema.js'
import { fullName, idCardAddressText } from '../../registrations/index.js'
import {
  actor,
  AlreadyDecidedError,
  authoriseCounter,
  FourEyesError,
  SUBJECT,
} from './counter.service.js'

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
    address: idCardAddressText(e.id_card_address),
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
