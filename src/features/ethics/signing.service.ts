import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import { businessDate } from '../../platform/time.js'
import { findCampaign } from './campaigns.repository.js'
import { findStaff } from './directory.repository.js'
import { campaignsFor, findSignature, insertSignature } from './signing.repository.js'

/** The officer signing, as the staff session knows them. */
export interface StaffActor {
  staffNumber: string
  requestId: string
  ip: string
}

/** True when the Asia/Bangkok date of now is within the window, both days included. */
export function withinWindow(now: Date, startsOn: string, endsOn: string): boolean {
  const today = businessDate(now)
  return today >= startsOn && today <= endsOn
}

/** The officer's campaigns, with whether each is open today and signed. */
export async function myAcknowledgements(db: Kysely<DB>, staffNumber: string, now: Date) {
  const rows = await campaignsFor(db, staffNumber)
  return rows.map((r) => ({ ...r, open: withinWindow(now, r.starts_on, r.ends_on) }))
}

/** One campaign as the officer sees it; undefined when it is not theirs to sign. */
export async function acknowledgementOf(
  db: Kysely<DB>,
  staffNumber: string,
  campaignId: string,
  now: Date,
) {
  const mine = (await campaignsFor(db, staffNumber)).find((c) => c.id === campaignId)
  if (!mine) return undefined
  const campaign = await findCampaign(db, campaignId)
  if (!campaign) return undefined
  return {
    campaign,
    inSnapshot: mine.in_snapshot,
    signature: await findSignature(db, campaignId, staffNumber),
    open: withinWindow(now, campaign.starts_on, campaign.ends_on),
  }
}

export type SignOutcome =
  | { status: 'signed'; signedAt: Date }
  | { status: 'already'; signedAt: Date }
  | { status: 'outside'; startsOn: string; endsOn: string }
  | { status: 'not-found' }

/**
 * Signs the campaign's code version for the officer: once (the unique key decides between two
 * clicks), within the window, storing when, the wording and the version's hash. Audited.
 */
export async function signAcknowledgement(
  db: Kysely<DB>,
  who: StaffActor,
  campaignId: string,
  locale: 'th' | 'en',
  now: Date,
): Promise<SignOutcome> {
  const view = await acknowledgementOf(db, who.staffNumber, campaignId, now)
  const staff = await findStaff(db, who.staffNumber)
  if (!view || !staff || staff.status === 'left') return { status: 'not-found' }
  const { campaign } = view
  const audit = (trx: Kysely<DB>, action: string, outcome: 'ok' | 'refused', data = {}) =>
    recordAudit(trx, {
      actorType: 'officer',
      actorId: `staff:${who.staffNumber}`,
      action,
      subjectType: 'ethics_campaign',
      subjectId: campaignId,
      outcome,
      requestId: who.requestId,
      data,
      details: { ip: who.ip },
    })
  if (view.signature) {
    await audit(db, 'ethics.sign_refused', 'refused', { reason: 'already' })
    return { status: 'already', signedAt: view.signature.signed_at }
  }
  if (!view.open) {
    await audit(db, 'ethics.sign_refused', 'refused', { reason: 'window' })
    return { status: 'outside', startsOn: campaign.starts_on, endsOn: campaign.ends_on }
  }
  return db.transaction().execute(async (trx) => {
    const written = await insertSignature(trx, {
      id: newId(),
      campaignId,
      staffNumber: who.staffNumber,
      signedAt: now,
      method: locale === 'th' ? campaign.method_th : campaign.method_en,
      documentId: campaign.document_id,
      sha256: campaign.content_sha256 ?? '',
      unitCode: staff.unit_code,
    })
    if (!written) {
      // Another click of the same officer won the race: that signature stands.
      const first = await findSignature(trx, campaignId, who.staffNumber)
      await audit(trx, 'ethics.sign_refused', 'refused', { reason: 'already' })
      return { status: 'already', signedAt: first?.signed_at ?? now }
    }
    await audit(trx, 'ethics.signed', 'ok', {
      sha256: campaign.content_sha256,
      joiner: !view.inSnapshot,
    })
    return { status: 'signed', signedAt: now }
  })
}
