import type { FeatureDeps } from '../../platform/feature-deps.js'
import type { JobDefinition } from '../../platform/jobs/index.js'
import { addBusinessDays, businessDate } from '../../platform/time.js'
import { decidedWithoutInvitation } from './invitations.repository.js'
import { inviteToSurvey } from './invitations.service.js'
import {
  reactivationsWithoutInvitation,
  resolvedTicketsWithoutInvitation,
} from './later-journeys.repository.js'

/** How far back the sweep looks for decided journeys that were never invited. */
const LOOK_BACK_DAYS = 7
const BATCH = 200

/**
 * The safety net behind the done pages: an online journey decided where its applicant never saw
 * the done page (a company decided by the minute sweep or another director's browser, a closed
 * tab) is invited by e-mail here. Safe to run again: a journey is invited once.
 *
 * The journeys with no done page of the survey's own are invited only here: a help-desk ticket
 * resolved (its reporter's e-mail) and a registration reactivated (the registration's e-mail),
 * each once, counted apart from the registration's figures (journey kinds 'helpdesk' and
 * 'reactivation').
 */
export function surveyJobs(deps: FeatureDeps): JobDefinition[] {
  return [
    {
      name: 'survey.invite-decided',
      everyMs: 10 * 60_000,
      async run(now) {
        const since = addBusinessDays(businessDate(now), -LOOK_BACK_DAYS)
        for (const j of await decidedWithoutInvitation(deps.db, since, BATCH)) {
          await inviteToSurvey(deps.db, deps, {
            journeyId: j.journey_id,
            kind: j.kind === 'company' ? 'company' : 'person',
            channel: 'online',
            email: j.email,
            locale: j.locale,
            at: j.occurred_at,
          })
        }
      },
    },
    {
      name: 'survey.invite-resolved-and-reactivated',
      everyMs: 10 * 60_000,
      async run(now) {
        const since = new Date(now.getTime() - LOOK_BACK_DAYS * 86_400_000)
        for (const t of await resolvedTicketsWithoutInvitation(deps.db, since, BATCH)) {
          await inviteToSurvey(deps.db, deps, {
            journeyId: t.id,
            kind: 'helpdesk',
            channel: 'online',
            email: t.email,
            locale: t.locale,
            at: t.resolved_at ?? now,
          })
        }
        for (const r of await reactivationsWithoutInvitation(deps.db, since, BATCH)) {
          await inviteToSurvey(deps.db, deps, {
            journeyId: r.id,
            kind: 'reactivation',
            channel: 'online',
            email: r.email,
            locale: r.locale ?? 'th',
            at: r.changed_at,
          })
        }
      },
    },
  ]
}
