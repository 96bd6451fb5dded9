import type { FastifyInstance } from 'fastify'
import { form } from '../../platform/form.js'
import { parseCode } from '../contact/index.js'
import type { CompanyDeps, StepContext } from './deps.js'
import { companyJourney } from './guard.js'
import { invitedDirector } from './invited-director/invited-director.routes.js'
import { PATHS } from './journey.js'
import { rulesPage } from './rules/rules.routes.js'
import type { SignedKind } from './signing/signed-kind.js'
import { checkStep } from './steps/check/check.routes.js'
import { companyStep } from './steps/company/company.routes.js'
import { parseJuristicId } from './steps/company/company.schema.js'
import { confirmEmailStep } from './steps/confirm-email/confirm-email.routes.js'
import { contactStep } from './steps/contact/contact.routes.js'
import { parseContact } from './steps/contact/contact.schema.js'
import { doneStep } from './steps/done/done.routes.js'
import { signersStep } from './steps/signers/signers.routes.js'
import { startStep } from './steps/start/start.routes.js'
import { parseAcceptance } from './steps/start/start.schema.js'
import { statusStep } from './steps/status/status.routes.js'
import { verifyStep } from './steps/verify/verify.routes.js'

type Token = { Params: { token: string } }

/**
 * The company registration journey and the invited directors' pages, one route per line of
 * what runs. The app's hooks have already loaded the session and checked the CSRF token; then
 * `guard(step)` admits only the session's draft application at a step it may open,
 * `form(parse, page)` re-renders an invalid form on its own page, and the handler runs last.
 */
export async function companyRoutes(
  app: FastifyInstance,
  opts: { deps: CompanyDeps; kinds?: { authority?: SignedKind } },
): Promise<void> {
  const journey = companyJourney(opts.deps)
  const { guard } = journey
  const ctx: StepContext = { deps: opts.deps, journey }

  const start = startStep(ctx)
  app.get(PATHS.start, start.show)
  app.post(PATHS.start, { preHandler: [form(parseAcceptance, start.page)] }, start.accept)

  const company = companyStep(ctx)
  app.get(PATHS.step('company'), { preHandler: [guard('company')] }, company.show)
  app.post(
    PATHS.step('company'),
    { preHandler: [guard('company'), form(parseJuristicId, company.page)] },
    company.lookup,
  )
  app.post(PATHS.confirmCompany, { preHandler: [guard('company')] }, company.confirm)

  const verify = verifyStep(ctx)
  app.get<{ Querystring: { waiting?: string } }>(
    PATHS.step('verify'),
    { preHandler: [guard('verify')] },
    verify.show,
  )
  app.post(PATHS.verifyStart, { preHandler: [guard('verify')] }, verify.start)

  const signers = signersStep(ctx)
  app.get(PATHS.step('signers'), { preHandler: [guard('signers')] }, signers.show)
  // The form is parsed in the handler: the directors on offer come from the company's record.
  app.post(PATHS.step('signers'), { preHandler: [guard('signers')] }, signers.save)

  const contact = contactStep(ctx)
  app.get(PATHS.step('contact'), { preHandler: [guard('contact')] }, contact.show)
  app.post(
    PATHS.step('contact'),
    { preHandler: [guard('contact'), form(parseContact, contact.page)] },
    contact.save,
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

  const check = checkStep(ctx)
  app.get(PATHS.step('check'), { preHandler: [guard('check')] }, check.show)
  // No guard in front: the submit itself refuses an application not at its check step.
  app.post(PATHS.submit, check.submit)

  const status = statusStep(ctx)
  app.get<{ Querystring: { resent?: string; application?: string } }>(PATHS.status, status.show)
  app.get(PATHS.statusState, { config: { sessionPassive: true } }, status.state)
  app.post(PATHS.resendInvite, status.resend)

  app.get(PATHS.done, doneStep(ctx).show)

  const director = invitedDirector(ctx, opts.kinds)
  app.get<Token>(PATHS.sign(':token'), director.show)
  app.post<Token>(PATHS.sign(':token'), director.start)
  app.post<Token>(PATHS.renew(':token'), director.renew)
  app.get(PATHS.signer, director.mine)
  app.post(PATHS.signer, director.startMine)

  app.get(PATHS.rules, rulesPage(ctx).show)
}
