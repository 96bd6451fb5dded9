import type { FastifyInstance } from 'fastify'
import { pageContext } from '../../platform/http/page-context.js'
import { apiQuery, pageQuery, presentAnswer } from './check.schema.js'
import type { Checker } from './check.service.js'
import { CheckPage } from './check.views.js'
import { checkMessages } from './messages.js'
import { CHECK_PATHS } from './paths.js'

/** The public check's page and its JSON API; both answer through the same checker. */
export async function checkRoutes(
  app: FastifyInstance,
  opts: { checker: Checker; apiPerMinute: number },
): Promise<void> {
  const { checker } = opts

  app.get(CHECK_PATHS.page, async (request, reply) => {
    // A result page names a number: search engines are asked not to index it.
    reply.header('x-robots-tag', 'noindex')
    const parsed = pageQuery.safeParse(request.query)
    const value = parsed.success ? (parsed.data.number ?? '') : ''
    const asked = parsed.success && parsed.data.number !== undefined
    const m = checkMessages(request.locale)
    if (!asked) return reply.page(<CheckPage ctx={pageContext(request, reply)} value="" />)
    if (value.trim() === '') {
      const ctx = pageContext(request, reply, { status: 400 })
      const error = { field: 'number', message: m('check.error.required') }
      return reply.page(<CheckPage ctx={ctx} value={value} error={error} />, 400)
    }
    const [answer] = await checker.check([value])
    if (!answer || answer.result === 'invalid') {
      const ctx = pageContext(request, reply, { status: 400 })
      const error = { field: 'number', message: m('check.error.invalid') }
      return reply.page(<CheckPage ctx={ctx} value={value} error={error} />, 400)
    }
    return reply.page(
      <CheckPage ctx={pageContext(request, reply)} value={answer.number} answer={answer} />,
    )
  })

  app.get(
    CHECK_PATHS.api,
    {
      config: {
        rateLimit: {
          max: opts.apiPerMinute,
          timeWindow: 60_000,
          keyGenerator: (request) => `check:${request.ip}`,
        },
      },
    },
    async (request, reply) => {
      const parsed = apiQuery.safeParse(request.query)
      if (!parsed.success) {
        return reply.code(400).type('application/problem+json').send({
          type: 'about:blank',
          title: 'Bad request',
          status: 400,
          detail: 'Give 1 to 100 numbers as ?number=…&number=…, each at most 40 characters.',
        })
      }
      const answers = await checker.check(parsed.data.number)
      reply.header('cache-control', 'max-age=30')
      reply.header('x-robots-tag', 'noindex')
      return reply.type('application/json').send({ answers: answers.map(presentAnswer) })
    },
  )
}
