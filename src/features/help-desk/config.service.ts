import { recordAudit } from '../../platform/audit.js'
import type { ContactContent } from '../../platform/db/schema/help-desk.js'
import { newId } from '../../platform/ids.js'
import { authorise, roleLabel, type OfficerAuth } from '../officers/index.js'
import {
  cannedAnswers,
  contactVersions,
  insertContactVersion,
  deleteHoliday,
  insertHoliday,
  listHolidays,
  saveCannedAnswer,
  type CannedAnswer,
  type ContactVersion,
  type Holiday,
} from './config.repository.js'
import { businessDate } from '../../platform/time.js'
import { ChangedMeanwhileError } from './ticket-change.js'
import type { HelpDeskDeps } from './deps.js'

// The help desk's configuration, edited by 'helpdesk.configure': the contact page (each save a
// new version, so its history stays), canned answers and the holiday calendar.

function auditOf(
  auth: OfficerAuth,
  action: string,
  subjectId: string,
  data: Record<string, unknown> = {},
) {
  return {
    actorType: 'officer' as const,
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    action,
    subjectType: 'helpdesk_config',
    subjectId,
    requestId: auth.requestId,
    data,
    details: { ip: auth.ip },
  }
}

/** The contact page's versions, the newest first. */
export async function contactHistory(
  deps: HelpDeskDeps,
  auth: OfficerAuth,
): Promise<ContactVersion[]> {
  await authorise(deps.db, auth, 'helpdesk.configure', 'helpdesk.contact')
  return contactVersions(deps.db)
}

/** Saves a new version of the contact page after the one the officer edited. */
export async function saveContact(
  deps: HelpDeskDeps,
  auth: OfficerAuth,
  after: number,
  content: ContactContent,
): Promise<number> {
  await authorise(deps.db, auth, 'helpdesk.configure', 'helpdesk.contact')
  return deps.db.transaction().execute(async (trx) => {
    const version = await insertContactVersion(trx, after, content, auth.officerId)
    if (version === undefined) throw new ChangedMeanwhileError()
    await recordAudit(trx, auditOf(auth, 'helpdesk.contact_saved', 'contact', { version }))
    return version
  })
}

export async function cannedList(deps: HelpDeskDeps, auth: OfficerAuth): Promise<CannedAnswer[]> {
  await authorise(deps.db, auth, 'helpdesk.configure', 'helpdesk.canned')
  return cannedAnswers(deps.db)
}

/** Adds a canned answer (no id) or replaces one. */
export async function saveCanned(
  deps: HelpDeskDeps,
  auth: OfficerAuth,
  a: Omit<CannedAnswer, 'updatedAt' | 'id'> & { id?: string },
): Promise<void> {
  await authorise(deps.db, auth, 'helpdesk.configure', 'helpdesk.canned')
  const id = a.id ?? newId()
  await deps.db.transaction().execute(async (trx) => {
    await saveCannedAnswer(trx, { ...a, id }, auth.officerId)
    await recordAudit(trx, auditOf(auth, 'helpdesk.canned_saved', id))
  })
}

export async function holidayList(deps: HelpDeskDeps, auth: OfficerAuth): Promise<Holiday[]> {
  await authorise(deps.db, auth, 'helpdesk.configure', 'helpdesk.holidays')
  return listHolidays(deps.db)
}

/** Adds a public holiday to the SLA calendar; false when the day is one already. */
export async function addHoliday(
  deps: HelpDeskDeps,
  auth: OfficerAuth,
  h: Holiday,
): Promise<boolean> {
  await authorise(deps.db, auth, 'helpdesk.configure', 'helpdesk.holidays')
  return deps.db.transaction().execute(async (trx) => {
    const added = await insertHoliday(trx, h)
    if (added)
      await recordAudit(trx, auditOf(auth, 'helpdesk.holiday_added', h.day, { source: h.source }))
    return added
  })
}

/** One year's holidays, in order, and every year the calendar has holidays in. */
export async function holidayYear(
  deps: HelpDeskDeps,
  auth: OfficerAuth,
  year: number,
): Promise<{ holidays: Holiday[]; years: number[] }> {
  const all = await holidayList(deps, auth)
  const yearOf = (h: Holiday) => Number(h.day.slice(0, 4))
  return {
    holidays: all.filter((h) => yearOf(h) === year),
    years: [...new Set(all.map(yearOf))],
  }
}

/**
 * Removes a holiday from the SLA calendar, audited with what it was. A day already past stays:
 * the SLA clocks have counted it, and removing it would change time already banked.
 */
export async function removeHoliday(
  deps: HelpDeskDeps,
  auth: OfficerAuth,
  day: string,
): Promise<'removed' | 'missing' | 'past'> {
  await authorise(deps.db, auth, 'helpdesk.configure', 'helpdesk.holidays')
  if (day < businessDate(deps.clock.now())) return 'past'
  return deps.db.transaction().execute(async (trx) => {
    const removed = await deleteHoliday(trx, day)
    if (!removed) return 'missing'
    await recordAudit(
      trx,
      auditOf(auth, 'helpdesk.holiday_removed', day, {
        nameTh: removed.nameTh,
        nameEn: removed.nameEn,
        source: removed.source,
      }),
    )
    return 'removed'
  })
}
