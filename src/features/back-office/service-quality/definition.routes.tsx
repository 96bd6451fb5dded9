import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import { ConflictError } from '../../../platform/errors.js'
import { pageContext } from '../../../platform/http/page-context.js'
import { toFieldErrors, type FieldError } from '../../../platform/views/components.js'
import { authOf, badgeOf, type BackOfficeDeps, type Permission } from '../../officers/index.js'
import { UnchangedSurveyError } from '../../survey/index.js'
import type { Body } from '../form.js'
import { definitionMessages } from './definition.messages.js'
import { parseDefinition, slotsFor } from './definition.schema.js'
import { definitionOverview, publishDefinition } from './definition.service.js'
import { DefinitionPage } from './definition.views.js'
import { SERVICE_QUALITY_PATHS } from './paths.js'

/** The survey's questions (survey.define): the page, and publishing the next version. */
export async function definitionRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
): Promise<void> {
  const { db } = opts.deps
  const pre = { preHandler: opts.guard('survey.define') }

  app.get<{ Querystring: { published?: string } }>(
    SERVICE_QUALITY_PATHS.surveyDefinition,
    pre,
    async (request, reply) => {
      const { current, versions } = await definitionOverview(db, authOf(request))
      const published = Number(request.query.published)
      return reply.page(
        <DefinitionPage
          ctx={pageContext(request, reply, { forms: true })}
          officer={badgeOf(request)}
          current={current}
          versions={versions}
          published={Number.isInteger(published) && published > 0 ? published : undefined}
        />,
      )
    },
  )

  app.post<{ Body: Body }>(SERVICE_QUALITY_PATHS.surveyDefinition, pre, async (request, reply) => {
    const auth = authOf(request)
    const { current, versions } = await definitionOverview(db, auth)
    const ctx = pageContext(request, reply, { forms: true })
    const m = definitionMessages(ctx.locale)
    const parsed = parseDefinition(request.body, slotsFor(current.questions.length))
    const again = (errors: FieldError[]) =>
      reply.page(
        <DefinitionPage
          ctx={ctx}
          officer={badgeOf(request)}
          current={current}
          versions={versions}
          values={parsed.values}
          errors={errors}
        />,
        400,
      )
    if (!parsed.ok) return again(toFieldErrors(parsed.problems, m))
    try {
      const version = await publishDefinition(db, auth, parsed.value)
      return reply.redirect(`${SERVICE_QUALITY_PATHS.surveyDefinition}?published=${version}`, 303)
    } catch (err) {
      if (err instanceof UnchangedSurveyError)
        return again([{ field: 'q0_th', message: m('error.unchanged') }])
      if (err instanceof ConflictError)
        return again([{ field: 'q0_th', message: m('error.stale') }])
      throw err
    }
  })
}
