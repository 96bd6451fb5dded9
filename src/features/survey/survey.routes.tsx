import type { FastifyInstance } from 'fastify'
import { recordAudit } from '../../platform/audit.js'
import type { FeatureDeps } from '../../platform/feature-deps.js'
import type { FormBody } from '../../platform/form.js'
import { pageContext } from '../../platform/http/page-context.js'
import { toFieldErrors } from '../../platform/views/components.js'
import { parseSurveyForm } from './answer.schema.js'
import { answerSurvey } from './answers.service.js'
import { findVersion, latestVersion } from './definitions.repository.js'
import { invitationState } from './invitations.service.js'
import { surveyMessages } from './messages.js'
import { SURVEY_PATHS } from './paths.js'
import { SurveyNoticePage, SurveyPage } from './survey.views.js'

const STATUS = { used: 409, expired: 410, unknown: 404 } as const

/** The survey's public pages: the form behind an invitation's link, its answer, the thanks. */
export async function surveyPages(app: FastifyInstance, opts: { deps: FeatureDeps }) {
  const { db } = opts.deps

  app.get(SURVEY_PATHS.thanks, async (request, reply) =>
    reply.page(<SurveyNoticePage ctx={pageContext(request, reply)} kind="thanks" />),
  )

  app.get<{ Params: { token: string } }>(SURVEY_PATHS.answer(':token'), async (request, reply) => {
    const state = await invitationState(db, request.params.token)
    if (state.state !== 'open')
      return reply.page(
        <SurveyNoticePage ctx={pageContext(request, reply)} kind={state.state} />,
        STATUS[state.state],
      )
    return reply.page(
      <SurveyPage
        ctx={pageContext(request, reply, { forms: true })}
        token={request.params.token}
        version={await latestVersion(db)}
        struggled={state.struggledStep}
        kind={state.kind}
      />,
    )
  })

  app.post<{ Params: { token: string }; Body: FormBody }>(
    SURVEY_PATHS.answer(':token'),
    async (request, reply) => {
      const { token } = request.params
      const state = await invitationState(db, token)
      if (state.state !== 'open')
        return reply.page(
          <SurveyNoticePage ctx={pageContext(request, reply)} kind={state.state} />,
          STATUS[state.state],
        )
      const body = request.body ?? {}
      const posted = Number(typeof body.version === 'string' ? body.version : NaN)
      const version =
        (Number.isInteger(posted) && posted > 0 ? await findVersion(db, posted) : undefined) ??
        (await latestVersion(db))
      const parsed = parseSurveyForm(version, state.struggledStep, body)
      if (parsed.forged)
        await recordAudit(db, {
          actorType: 'anonymous',
          action: 'survey.forged_refused',
          outcome: 'refused',
          requestId: request.id,
        })
      if (!parsed.ok) {
        const ctx = pageContext(request, reply, { forms: true })
        return reply.page(
          <SurveyPage
            ctx={ctx}
            token={token}
            version={version}
            struggled={state.struggledStep}
            kind={state.kind}
            values={parsed.values}
            errors={toFieldErrors(parsed.problems, surveyMessages(ctx.locale))}
          />,
          400,
        )
      }
      const outcome = await answerSurvey(db, token, parsed.value, request.id)
      if (outcome === 'stored') return reply.redirect(SURVEY_PATHS.thanks, 303)
      return reply.page(
        <SurveyNoticePage ctx={pageContext(request, reply)} kind={outcome} />,
        STATUS[outcome],
      )
    },
  )
}
