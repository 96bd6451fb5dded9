import { sql, type Kysely } from 'kysely'
import type { DB, EthicsTables } from '../../platform/db/schema.js'

const t = (db: Kysely<DB>) => db.withTables<EthicsTables>()

export interface NewCampaign {
  id: string
  documentId: string
  titleTh: string
  titleEn: string
  startsOn: string
  endsOn: string
  methodTh: string
  methodEn: string
  remindEveryDays: number | null
  remindDaysBeforeEnd: number | null
  launchedBy: string
  launchedAt: Date
}

/** Writes a campaign and the units it was launched to. */
export async function insertCampaign(trx: Kysely<DB>, c: NewCampaign, units: readonly string[]) {
  await t(trx)
    .insertInto('ethics_campaigns')
    .values({
      id: c.id,
      document_id: c.documentId,
      title_th: c.titleTh,
      title_en: c.titleEn,
      starts_on: c.startsOn,
      ends_on: c.endsOn,
      method_th: c.methodTh,
      method_en: c.methodEn,
      remind_every_days: c.remindEveryDays,
      remind_days_before_end: c.remindDaysBeforeEnd,
      launched_by: c.launchedBy,
      launched_at: c.launchedAt,
    })
    .execute()
  await t(trx)
    .insertInto('ethics_campaign_units')
    .values(units.map((u) => ({ campaign_id: c.id, unit_code: u })))
    .execute()
}

/** The units of a campaign and all their sub-units, as a recursive query's rows. */
const subtree = (campaignId: string) => sql`
  WITH RECURSIVE tree(code) AS (
    SELECT unit_code FROM ethics_campaign_units WHERE campaign_id = ${campaignId}
    UNION
    SELECT u.code FROM staff_units u JOIN tree ON u.parent_code = tree.code
  )`

/**
 * Freezes the audience: every officer not marked as a leaver in the campaign's units and their
 * sub-units, each with the unit they are in now. One statement; returns how many.
 */
export async function snapshotAudience(trx: Kysely<DB>, campaignId: string): Promise<number> {
  const result = await sql`
    ${subtree(campaignId)}
    INSERT INTO ethics_campaign_audience (campaign_id, staff_number, unit_code)
    SELECT ${campaignId}, m.staff_number, m.unit_code
    FROM staff_members m JOIN tree ON tree.code = m.unit_code
    WHERE m.status <> 'left'`.execute(trx)
  return Number(result.numAffectedRows ?? 0)
}

/** Campaigns, newest first, with their code's title and version. */
export async function listCampaigns(db: Kysely<DB>) {
  return t(db)
    .selectFrom('ethics_campaigns as c')
    .innerJoin('documents as d', 'd.id', 'c.document_id')
    .select([
      'c.id',
      'c.title_th',
      'c.title_en',
      'c.starts_on',
      'c.ends_on',
      'c.launched_at',
      'd.version',
    ])
    .orderBy('c.launched_at', 'desc')
    .execute()
}

/** One campaign with its code version (id, version, titles, texts, hash). */
export async function findCampaign(db: Kysely<DB>, id: string) {
  return t(db)
    .selectFrom('ethics_campaigns as c')
    .innerJoin('documents as d', 'd.id', 'c.document_id')
    .select([
      'c.id',
      'c.title_th',
      'c.title_en',
      'c.starts_on',
      'c.ends_on',
      'c.method_th',
      'c.method_en',
      'c.remind_every_days',
      'c.remind_days_before_end',
      'c.launched_at',
      'c.document_id',
      'd.version',
      'd.title_th as code_title_th',
      'd.title_en as code_title_en',
      'd.body_th',
      'd.body_en',
      'd.effective_on',
      'd.content_sha256',
    ])
    .where('c.id', '=', id)
    .executeTakeFirst()
}

/** The units a campaign was launched to. */
export async function campaignUnits(db: Kysely<DB>, id: string): Promise<string[]> {
  const rows = await t(db)
    .selectFrom('ethics_campaign_units')
    .select('unit_code')
    .where('campaign_id', '=', id)
    .orderBy('unit_code')
    .execute()
  return rows.map((r) => r.unit_code)
}

/** Per snapshot unit: the audience, those who signed, and leavers (signed or not). */
export async function audienceByUnit(db: Kysely<DB>, campaignId: string) {
  return t(db)
    .selectFrom('ethics_campaign_audience as a')
    .innerJoin('staff_members as m', 'm.staff_number', 'a.staff_number')
    .leftJoin('ethics_signatures as s', (j) =>
      j.onRef('s.campaign_id', '=', 'a.campaign_id').onRef('s.staff_number', '=', 'a.staff_number'),
    )
    .select((eb) => [
      'a.unit_code',
      eb.fn.countAll<string>().as('eligible'),
      eb.fn.count<string>('s.id').as('signed'),
      eb.fn.count<string>('m.staff_number').filterWhere('m.status', '=', 'left').as('leavers'),
    ])
    .where('a.campaign_id', '=', campaignId)
    .groupBy('a.unit_code')
    .execute()
}

/**
 * Officers now in the campaign's units who were not in the snapshot (joined or moved in after
 * launch), by their current unit, with how many of them signed.
 */
export async function joinersByUnit(db: Kysely<DB>, campaignId: string) {
  const result = await sql<{ unit_code: string; joiners: string; signed: string }>`
    ${subtree(campaignId)}
    SELECT m.unit_code, count(*) AS joiners, count(s.id) AS signed
    FROM staff_members m
    JOIN tree ON tree.code = m.unit_code
    LEFT JOIN ethics_signatures s ON s.campaign_id = ${campaignId} AND s.staff_number = m.staff_number
    WHERE m.status <> 'left'
      AND NOT EXISTS (SELECT 1 FROM ethics_campaign_audience a
                      WHERE a.campaign_id = ${campaignId} AND a.staff_number = m.staff_number)
    GROUP BY m.unit_code`.execute(db)
  return result.rows
}

/** Every unit (code, names, parent), for rolling figures up the tree. */
export async function allUnits(db: Kysely<DB>) {
  return t(db)
    .selectFrom('staff_units')
    .select(['code', 'name_th', 'name_en', 'parent_code'])
    .orderBy('code')
    .execute()
}

/** Snapshot members of a unit and its sub-units who have not signed, leavers marked. */
export async function nonSignersOfUnit(db: Kysely<DB>, campaignId: string, unitCode: string) {
  const result = await sql<{
    unit_code: string
    staff_number: string
    title: string
    first_name: string
    last_name: string
    position: string
    status: string
  }>`
    WITH RECURSIVE tree(code) AS (
      SELECT ${unitCode}::text
      UNION
      SELECT u.code FROM staff_units u JOIN tree ON u.parent_code = tree.code
    )
    SELECT a.unit_code, m.staff_number, m.title, m.first_name, m.last_name, m.position, m.status
    FROM ethics_campaign_audience a
    JOIN tree ON tree.code = a.unit_code
    JOIN staff_members m ON m.staff_number = a.staff_number
    WHERE a.campaign_id = ${campaignId}
      AND NOT EXISTS (SELECT 1 FROM ethics_signatures s
                      WHERE s.campaign_id = a.campaign_id AND s.staff_number = a.staff_number)
    ORDER BY a.unit_code, m.staff_number`.execute(db)
  return result.rows
}

/** Every snapshot member with their unit, status and signature time (for the exports). */
export async function audienceRows(db: Kysely<DB>, campaignId: string) {
  return t(db)
    .selectFrom('ethics_campaign_audience as a')
    .innerJoin('staff_members as m', 'm.staff_number', 'a.staff_number')
    .leftJoin('ethics_signatures as s', (j) =>
      j.onRef('s.campaign_id', '=', 'a.campaign_id').onRef('s.staff_number', '=', 'a.staff_number'),
    )
    .select([
      'a.unit_code',
      'm.staff_number',
      'm.title',
      'm.first_name',
      'm.last_name',
      'm.status',
      's.signed_at',
    ])
    .where('a.campaign_id', '=', campaignId)
    .orderBy('a.unit_code')
    .orderBy('m.staff_number')
    .execute()
}
