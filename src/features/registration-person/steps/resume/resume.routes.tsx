import type { FastifyReply, FastifyRequest } from 'fastify'
import { pageContext } from '../../../../platform/http/page-context.js'
import { stepOf } from '../../../../platform/journey.js'
import type { StepContext } from '../../deps.js'
import { PATHS, STEPS } from '../../journey.js'
import { PersonMessagePage } from '../../views.js'
import { resumeMessages } from './messages.js'
import { findByResumeToken, prepareResume, sendResumeLinkNow } from './resume.service.js'
import { LinkSentPage, ResumePage } from './resume.views.js'

type WithToken = FastifyRequest<{ Params: { token: string } }>

/** An address shown only enough to be recognised: a***@example.com. */
function maskEmail(email: string): string {
  return email.replace(
    /^(.)(.*)(@.*)$/,
    (_all, first: string, rest: string, domain: string) =>
      `${first}${'*'.repeat(Math.min(rest.length, 6))}${domain}`,
  )
}

/** Save and resume: the e-mailed link only identifies the draft. */
export function resumeStep({ deps, journey }: StepContext) {
  return {
    /** The applicant asks for the link now (they are leaving): e-mailed, then said so. */
    later: async (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      if (!(await sendResumeLinkNow(deps, a, request.id)))
        return reply.redirect(PATHS.step('details'), 303)
      return reply.page(
        <LinkSentPage
          ctx={pageContext(request, reply)}
          reference={a.reference}
          next={PATHS.step(stepOf(STEPS, a.step) ?? 'details')}
        />,
      )
    },
    show: async (request: WithToken, reply: FastifyReply) => {
      const a = await findByResumeToken(deps.db, request.params.token)
      const ctx = pageContext(request, reply, { forms: true })
      const m = resumeMessages(ctx.locale)
      if (!a || !a.email)
        return reply.page(
          <PersonMessagePage ctx={ctx} title={m('resume.title')} body={m('resume.invalid')} />,
          404,
        )
      return reply.page(
        <ResumePage
          ctx={ctx}
          email={maskEmail(a.email)}
          action={PATHS.resume(encodeURIComponent(request.params.token))}
        />,
      )
    },
    resume: async (request: WithToken, reply: FastifyReply) => {
      const a = await findByResumeToken(deps.db, request.params.token)
      // The token comes back percent-encoded: a control character in a Location header is a 500.
      if (!a) return reply.redirect(PATHS.resume(encodeURIComponent(request.params.token)), 303)
      const sent = await prepareResume(deps, a, request.id)
      await request.session.regenerate()
      request.session.set('applicationId', a.id)
      request.session.set('resumeUnconfirmed', sent === 'sent' || a.step !== 'details')
      return reply.redirect(PATHS.step(a.step === 'details' ? 'details' : 'confirm-email'), 303)
    },
  }
}
