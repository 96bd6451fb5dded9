import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../platform/feature-deps.js'
import { surveyPages } from './survey.routes.js'

// The survey feature's public face: its routes and periodic work (wired in app.ts), the
// invitation that finished journeys call, and the results that officers and statistics read.

export {
  satisfactionByMonth,
  surveyResults,
  type MonthFigures,
  type Period,
  type SurveyResults,
} from './results.service.js'
export { inviteToSurvey, type FinishedJourney, type SurveyDeps } from './invitations.service.js'
export { answerSurvey, type AnswerOutcome, type SurveyAnswer } from './answers.service.js'
export { surveyTopTwoBase, type TopTwoBase } from './settings.js'
export { KIND_FILTERS, kindsOf, parseKindFilter, type SurveyKindFilter } from './kinds.js'
export {
  LEVELS,
  bandOf,
  figuresOf,
  type Band,
  type Level,
  type QuestionFigures,
} from './figures.js'
export { formatMonth, monthRange, monthsBetween, monthOf } from './periods.js'
export { SURVEY_PATHS } from './paths.js'
export { surveyJobs } from './jobs.js'
export { surveyComments, type SurveyComment } from './comments.service.js'
export { stepLabel } from './messages.js'
export {
  currentSurvey,
  publishSurveyVersion,
  surveyVersions,
  UnchangedSurveyError,
} from './definitions.service.js'
export {
  definitionSchema,
  questionSchema,
  type Question,
  type SurveyTexts,
  type SurveyVersion,
} from './definition.js'
export { SurveyInvitation } from './survey.views.js'

/** The survey feature's public pages. */
export async function surveyRoutes(
  app: FastifyInstance,
  opts: { deps: FeatureDeps },
): Promise<void> {
  await app.register(surveyPages, opts)
}
