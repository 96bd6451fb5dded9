import type { FeatureDeps } from '../../platform/feature-deps.js'
import type { JobDefinition } from '../../platform/jobs/index.js'
import { addBusinessDays, businessDate } from '../../platform/time.js'
import { decidedWithoutInvitation } from './invitations.repository.js'
import { inviteToSurvey } from './invitations.service.js'

/** How far back the sweep looks for decided journeys that were never invited. */
const LOOK_BACK_DAYS = 7
const BATCH = 200

/**
 * The safety net behind the done pages: an online journey decided where its applicant never saw
 * the done page (a company decided by the minute sweep or another director's browser, a closed
 * tab) is invited by e-mail here. Safe to run again: a journey is invited once.
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
  ]
}
