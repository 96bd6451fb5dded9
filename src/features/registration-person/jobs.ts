import type { JobDefinition } from '../../platform/jobs/index.js'
import type { PersonDeps } from './deps.js'
import { mailResumeLinksToIdle } from './steps/resume/resume.service.js'

/**
 * The person journey's periodic work: the "continue your application" e-mail to applicants who
 * have left (their session ended by the idle timeout), never while they are still there.
 */
export function personJobs(deps: PersonDeps): JobDefinition[] {
  return [
    {
      name: 'person.resume-links',
      everyMs: 60_000,
      run: async (now) => {
        await mailResumeLinksToIdle(deps, now)
      },
    },
  ]
}
