import type { FastifyInstance } from 'fastify'
import { form } from '../../platform/form.js'
import { parseCode } from '../contact/index.js'
import type { StepContext } from './deps.js'
import { personJourney } from './guard.js'
import { PATHS } from './journey.js'
import { rulesPage } from './rules/rules.routes.js'
import { checkStep } from './steps/check/check.routes.js'
import { confirmEmailStep } from './steps/confirm-email/confirm-email.routes.js'
import { detailsStep } from './steps/details/details.routes.js'
import { parseDetails } from './steps/details/details.schema.js'
import { doneStep } from './steps/done/done.routes.js'
import { resumeStep } from './steps/resume/resume.routes.js'
import { startStep } from './steps/start/start.routes.js'
import { parseAcceptance } from './steps/start/start.schema.js'
import { verifyStep } from './steps/verify/verify.routes.js'
import { yourDetailsStep } from './steps/your-details/your-details.routes.js'
import { parseMailing } from './steps/your-details/your-details.schema.js'

/**
 * The person registration journey, one route per line of what runs. The app's hooks have
 * already loaded the session and checked the CSRF token; then `guard(step)` admits only the
 * session's draft application at a step it may open, `form(parse, page)` re-renders an invalid
 * form on its own page, and the handler runs last.
 */
export async function personRoutes(
  app: FastifyInstance,
  opts: { deps: StepContext['deps'] },
): Promise<void> {
  const journey = personJourney(opts.deps)
  const { guard } = journey
  const ctx: StepContext = { deps: opts.deps, journey }

  const start = startStep(ctx)
  app.get(PATHS.start, start.show)
  app.post(PATHS.start, { preHandler: [form(parseAcceptance, start.page)] }, start.accept)

  const details = detailsStep(ctx)
  app.get(PATHS.step('details'), { preHandler: [guard('details')] }, details.show)
  app.post(
    PATHS.step('details'),
    { preHandler: [guard('details'), form(parseDetails, details.page)] },
    details.save,
  )

  const code = confirmEmailStep(ctx)
  app.get<{ Querystring: { resent?: string } }>(
    PATHS.step('confirm-email'),
    { preHandler: [guard('confirm-email')] },
    code.show,
  )
  app.post(
    PATHS.step('confirm-email'),
    { preHandler: [guard('confirm-email'), form(parseCode, code.page)] },
    code.confirm,
  )
  app.post(PATHS.resendCode, { preHandler: [guard('confirm-email')] }, code.resend)

  const verify = verifyStep(ctx)
  app.get<{ Querystring: { waiting?: string } }>(
    PATHS.step('verify'),
    { preHandler: [guard('verify')] },
    verify.show,
  )
  app.post(PATHS.verifyStart, { preHandler: [guard('verify')] }, verify.start)

  const yours = yourDetailsStep(ctx)
  app.get(PATHS.step('your-details'), { preHandler: [guard('your-details')] }, yours.show)
  app.post(
    PATHS.step('your-details'),
    { preHandler: [guard('your-details'), yours.refuseTampered, form(parseMailing, yours.page)] },
    yours.save,
  )

  const check = checkStep(ctx)
  app.get(PATHS.step('check'), { preHandler: [guard('check')] }, check.show)
  // No guard in front: the decision itself refuses an application not at its check step.
  app.post(PATHS.submit, check.submit)

  const done = doneStep(ctx)
  app.get(PATHS.done, done.show)

  const resume = resumeStep(ctx)
  app.get<{ Params: { token: string } }>(PATHS.resume(':token'), resume.show)
  app.post<{ Params: { token: string } }>(PATHS.resume(':token'), resume.resume)
  // Any draft may ask for its link; the handler needs the e-mail the details step saved.
  app.post(PATHS.continueLater, { preHandler: [guard('details')] }, resume.later)

  app.get(PATHS.rules, rulesPage(ctx).show)
}
