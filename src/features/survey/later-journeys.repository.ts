import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { HelpDeskTables } from '../../platform/db/schema/help-desk.js'
import type { SurveyTables } from '../../platform/db/schema/survey.js'

// The journeys that finish outside the registration pages, read by the survey's sweep: a
// help-desk ticket resolved (0040_help_desk.sql) and a registration reactivated (a status-history
// row ACTIVE with the reason 'reactivation'). Each is invited once: its row's id is the
// invitation's journey_id (unique), and the sweep skips those already invited.

/**
 * Tickets resolved since `since` (resolved now, or closed after being resolved) with the
 * reporter's e-mail and no invitation. A corruption complaint is never invited: its reporter's
 * identity is sealed. A ticket merged into another is the other's to invite.
 */
export async function resolvedTicketsWithoutInvitation(db: Kysely<DB>, since: Date, limit: number) {
  return db
    .withTables<HelpDeskTables & SurveyTables>()
    .selectFrom('helpdesk_tickets as t')
    .select(['t.id', 't.email', 't.locale', 't.resolved_at'])
    .where('t.status', 'in', ['resolved', 'closed'])
    .where('t.resolved_at', '>=', since)
    .where('t.email', 'is not', null)
    .where('t.category', '<>', 'corruption')
    .where('t.merged_into', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('survey_invitations as i')
            .select('i.id')
            .whereRef('i.journey_id', '=', 't.id'),
        ),
      ),
    )
    .orderBy('t.resolved_at')
    .limit(limit)
    .execute()
}

/** Reactivations since `since` with no invitation: the registration's e-mail and language. */
export async function reactivationsWithoutInvitation(db: Kysely<DB>, since: Date, limit: number) {
  return db
    .withTables<SurveyTables>()
    .selectFrom('registration_status_history as h')
    .innerJoin('registrations as r', 'r.id', 'h.registration_id')
    .leftJoin('applications as a', 'a.id', 'r.application_id')
    .select(['h.id', 'r.email', 'a.locale', 'h.changed_at'])
    .where('h.status', '=', 'ACTIVE')
    .where('h.reason', '=', 'reactivation')
    .where('h.changed_at', '>=', since)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('survey_invitations as i')
            .select('i.id')
            .whereRef('i.journey_id', '=', 'h.id'),
        ),
      ),
    )
    .orderBy('h.changed_at')
    .limit(limit)
    .execute()
}
