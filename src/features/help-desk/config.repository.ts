import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type {
  ContactContent,
  HelpDeskTables,
  TicketCategory,
} from '../../platform/db/schema/help-desk.js'

// The help desk's configuration as data: the contact page's versions, the holiday calendar, the
// SLA targets and the canned answers.

const tables = (db: Kysely<DB>) => db.withTables<HelpDeskTables>()

export interface ContactVersion {
  version: number
  content: ContactContent
  createdBy: string | null
  createdAt: Date
}

/** Every version of the contact page, the newest first. */
export async function contactVersions(db: Kysely<DB>, limit = 50): Promise<ContactVersion[]> {
  const rows = await tables(db)
    .selectFrom('helpdesk_contact_versions')
    .select(['version', 'content', 'created_by', 'created_at'])
    .orderBy('version', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    version: r.version,
    content: r.content,
    createdBy: r.created_by,
    createdAt: r.created_at,
  }))
}

/** Saves a new version after `expected`; undefined when another edit came first. */
export async function insertContactVersion(
  trx: Kysely<DB>,
  expected: number,
  content: ContactContent,
  officerId: string,
): Promise<number | undefined> {
  const row = await tables(trx)
    .insertInto('helpdesk_contact_versions')
    .values({ version: expected + 1, content: JSON.stringify(content), created_by: officerId })
    .onConflict((oc) => oc.column('version').doNothing())
    .returning('version')
    .executeTakeFirst()
  return row?.version
}

export interface Holiday {
  day: string
  nameTh: string
  nameEn: string
  source: string
}

/** The holidays from a date on (or all), in order. */
export async function listHolidays(db: Kysely<DB>, from?: string): Promise<Holiday[]> {
  let q = tables(db)
    .selectFrom('helpdesk_holidays')
    .select(['day', 'name_th', 'name_en', 'source'])
    .orderBy('day')
  if (from) q = q.where('day', '>=', from)
  const rows = await q.execute()
  return rows.map((r) => ({
    day: typeof r.day === 'string' ? r.day : new Date(r.day).toISOString().slice(0, 10),
    nameTh: r.name_th,
    nameEn: r.name_en,
    source: r.source,
  }))
}

/** Adds a holiday; false when the day is one already. */
export async function insertHoliday(trx: Kysely<DB>, h: Holiday): Promise<boolean> {
  const row = await tables(trx)
    .insertInto('helpdesk_holidays')
    .values({ day: h.day, name_th: h.nameTh, name_en: h.nameEn, source: h.source })
    .onConflict((oc) => oc.column('day').doNothing())
    .returning('day')
    .executeTakeFirst()
  return row !== undefined
}

/** Removes a holiday; the row removed, or undefined when the day was none. */
export async function deleteHoliday(trx: Kysely<DB>, day: string): Promise<Holiday | undefined> {
  const row = await tables(trx)
    .deleteFrom('helpdesk_holidays')
    .where('day', '=', day)
    .returning(['day', 'name_th', 'name_en', 'source'])
    .executeTakeFirst()
  return row ? { day, nameTh: row.name_th, nameEn: row.name_en, source: row.source } : undefined
}

export interface SlaTarget {
  firstResponseHours: number
  resolutionHours: number
}

/** The targets of every category. */
export async function slaTargets(db: Kysely<DB>): Promise<Map<TicketCategory, SlaTarget>> {
  const rows = await tables(db).selectFrom('helpdesk_sla_targets').selectAll().execute()
  return new Map(
    rows.map((r) => [
      r.category,
      { firstResponseHours: r.first_response_hours, resolutionHours: r.resolution_hours },
    ]),
  )
}

export interface CannedAnswer {
  id: string
  titleTh: string
  titleEn: string
  bodyTh: string
  bodyEn: string
  updatedAt: Date
}

/** The canned answers, by Thai title. */
export async function cannedAnswers(db: Kysely<DB>): Promise<CannedAnswer[]> {
  const rows = await tables(db)
    .selectFrom('helpdesk_canned_answers')
    .select(['id', 'title_th', 'title_en', 'body_th', 'body_en', 'updated_at'])
    .orderBy('title_th')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    titleTh: r.title_th,
    titleEn: r.title_en,
    bodyTh: r.body_th,
    bodyEn: r.body_en,
    updatedAt: r.updated_at,
  }))
}

/** Adds or replaces a canned answer. */
export async function saveCannedAnswer(
  trx: Kysely<DB>,
  a: Omit<CannedAnswer, 'updatedAt'>,
  officerId: string,
): Promise<void> {
  const values = {
    title_th: a.titleTh,
    title_en: a.titleEn,
    body_th: a.bodyTh,
    body_en: a.bodyEn,
    updated_by: officerId,
    updated_at: new Date(),
  }
  await tables(trx)
    .insertInto('helpdesk_canned_answers')
    .values({ id: a.id, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute()
}
