import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import { findVersion, listVersions } from '../documents/index.js'
import { authorise, roleLabel, type OfficerAuth } from '../officers/index.js'
import {
  allUnits,
  audienceRows,
  findCampaign,
  insertCampaign,
  listCampaigns,
  nonSignersOfUnit,
  snapshotAudience,
} from './campaigns.repository.js'
import { unitParents } from './directory.repository.js'
import { campaignFigures } from './figures.js'

export interface CampaignInput {
  documentId: string
  titleTh: string
  titleEn: string
  startsOn: string
  endsOn: string
  methodTh: string
  methodEn: string
  unitCodes: string[]
  remindEveryDays: number | null
  remindDaysBeforeEnd: number | null
}

/** Why a launch was refused: the field to name on the form. */
export class CampaignInputError extends Error {
  override name = 'CampaignInputError'
  constructor(readonly field: 'documentId' | 'units' | 'audience') {
    super(`campaign refused: ${field}`)
  }
}

function audit(
  trx: Kysely<DB>,
  auth: OfficerAuth,
  action: string,
  campaignId: string,
  data: Record<string, unknown> = {},
) {
  return recordAudit(trx, {
    actorType: 'officer',
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    action,
    subjectType: 'ethics_campaign',
    subjectId: campaignId,
    requestId: auth.requestId,
    data,
    details: { ip: auth.ip },
  })
}

/**
 * Launches a campaign: the code version, the window, the wording, the reminders and the units;
 * the audience (every officer of those units and their sub-units who has not left) is frozen in
 * the same transaction. A unit inside another chosen unit is already covered and is dropped.
 */
export async function launchCampaign(
  db: Kysely<DB>,
  auth: OfficerAuth,
  input: CampaignInput,
  now: Date,
): Promise<{ id: string; audience: number }> {
  await authorise(db, auth, 'ethics.campaigns', 'ethics.campaign_launch')
  const code = await findVersion(db, input.documentId)
  if (!code || code.kind !== 'ethics_code') throw new CampaignInputError('documentId')
  return db.transaction().execute(async (trx) => {
    const parents = await unitParents(trx)
    if (input.unitCodes.length === 0 || input.unitCodes.some((u) => !parents.has(u)))
      throw new CampaignInputError('units')
    const chosen = new Set(input.unitCodes)
    const covered = (u: string) => {
      for (let p = parents.get(u) ?? null; p !== null; p = parents.get(p) ?? null)
        if (chosen.has(p)) return true
      return false
    }
    const units = input.unitCodes.filter((u) => !covered(u))
    const id = newId()
    await insertCampaign(trx, { ...input, id, launchedBy: auth.officerId, launchedAt: now }, units)
    const audience = await snapshotAudience(trx, id)
    if (audience === 0) throw new CampaignInputError('audience')
    await audit(trx, auth, 'ethics.campaign_launched', id, {
      code: code.version,
      sha256: code.content_sha256,
      units,
      audience,
      window: [input.startsOn, input.endsOn],
    })
    return { id, audience }
  })
}

/** Every campaign with its figures (ethics.campaigns). */
export async function campaignsOverview(db: Kysely<DB>, auth: OfficerAuth) {
  await authorise(db, auth, 'ethics.campaigns', 'ethics.campaigns_view')
  const list = await listCampaigns(db)
  const out = []
  for (const c of list) out.push({ ...c, figures: (await campaignFigures(db, c.id)).overall })
  return out
}

/** One campaign and its progress by unit; the viewing is audited. */
export async function campaignProgress(db: Kysely<DB>, auth: OfficerAuth, campaignId: string) {
  await authorise(db, auth, 'ethics.campaigns', 'ethics.progress_view')
  const campaign = await findCampaign(db, campaignId)
  if (!campaign) return undefined
  const figures = await campaignFigures(db, campaignId)
  await audit(db, auth, 'ethics.progress_viewed', campaignId)
  return { campaign, figures }
}

/** Who of a unit's snapshot has not signed, for their manager; the viewing is audited. */
export async function unitNonSigners(
  db: Kysely<DB>,
  auth: OfficerAuth,
  campaignId: string,
  unitCode: string,
) {
  await authorise(db, auth, 'ethics.campaigns', 'ethics.non_signers_view')
  const campaign = await findCampaign(db, campaignId)
  if (!campaign) return undefined
  const people = await nonSignersOfUnit(db, campaignId, unitCode)
  await audit(db, auth, 'ethics.non_signers_viewed', campaignId, { unit: unitCode })
  return { campaign, people }
}

/** The rows of a progress export (snapshot members, their unit, status, when they signed). */
export async function progressExport(
  db: Kysely<DB>,
  auth: OfficerAuth,
  campaignId: string,
  format: 'csv' | 'xlsx',
) {
  await authorise(db, auth, 'ethics.campaigns', 'ethics.progress_export')
  const campaign = await findCampaign(db, campaignId)
  if (!campaign) return undefined
  const [figures, rows] = await Promise.all([
    campaignFigures(db, campaignId),
    audienceRows(db, campaignId),
  ])
  await audit(db, auth, 'ethics.progress_exported', campaignId, { format, rows: rows.length })
  return { campaign, figures, rows }
}

/** What the launch form offers: the code versions and every unit (ethics.campaigns). */
export async function launchChoices(db: Kysely<DB>, auth: OfficerAuth) {
  await authorise(db, auth, 'ethics.campaigns', 'ethics.campaigns_view')
  const [codes, units] = await Promise.all([listVersions(db, 'ethics_code'), allUnits(db)])
  return { codes, units }
}
