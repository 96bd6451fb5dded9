import { sql, type Kysely } from 'kysely'
import type { DB, EthicsTables } from '../../platform/db/schema.js'

const t = (db: Kysely<DB>) => db.withTables<EthicsTables>()

/**
 * The campaigns an officer may sign: those whose snapshot holds them, and those whose units
 * (with sub-units) they are in now (a joiner), with their signature if any.
 */
export async function campaignsFor(db: Kysely<DB>, staffNumber: string) {
  const result = await sql<{
    id: string
    title_th: string
    title_en: string
    starts_on: string
    ends_on: string
    in_snapshot: boolean
    signed_at: Date | null
  }>`
    WITH RECURSIVE tree(campaign_id, code) AS (
      SELECT campaign_id, unit_code FROM ethics_campaign_units
      UNION
      SELECT tree.campaign_id, u.code FROM staff_units u JOIN tree ON u.parent_code = tree.code
    ),
    mine AS (
      SELECT campaign_id, true AS in_snapshot FROM ethics_campaign_audience
      WHERE staff_number = ${staffNumber}
      UNION ALL
      SELECT tree.campaign_id, false FROM tree
      JOIN staff_members m ON m.unit_code = tree.code
      WHERE m.staff_number = ${staffNumber} AND m.status <> 'left'
        AND NOT EXISTS (SELECT 1 FROM ethics_campaign_audience a
                        WHERE a.campaign_id = tree.campaign_id AND a.staff_number = ${staffNumber})
    )
    SELECT DISTINCT c.id, c.title_th, c.title_en, to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on,
           to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on, mine.in_snapshot, s.signed_at, c.launched_at
    FROM mine
    JOIN ethics_campaigns c ON c.id = mine.campaign_id
    LEFT JOIN ethics_signatures s ON s.campaign_id = c.id AND s.staff_number = ${staffNumber}
    ORDER BY c.launched_at DESC`.execute(db)
  return result.rows
}

export interface NewSignature {
  id: string
  campaignId: string
  staffNumber: string
  signedAt: Date
  method: string
  documentId: string
  sha256: string
  unitCode: string
}

/** Writes the signature unless one exists for this officer and campaign; true when written. */
export async function insertSignature(trx: Kysely<DB>, s: NewSignature): Promise<boolean> {
  const rows = await t(trx)
    .insertInto('ethics_signatures')
    .values({
      id: s.id,
      campaign_id: s.campaignId,
      staff_number: s.staffNumber,
      signed_at: s.signedAt,
      method: s.method,
      document_id: s.documentId,
      content_sha256: s.sha256,
      unit_code: s.unitCode,
    })
    .onConflict((oc) => oc.constraint('ethics_signatures_once').doNothing())
    .returning('id')
    .execute()
  return rows.length === 1
}

/** The officer's signature of a campaign, if any. */
export async function findSignature(db: Kysely<DB>, campaignId: string, staffNumber: string) {
  return t(db)
    .selectFrom('ethics_signatures')
    .select(['id', 'signed_at', 'method', 'content_sha256'])
    .where('campaign_id', '=', campaignId)
    .where('staff_number', '=', staffNumber)
    .executeTakeFirst()
}
