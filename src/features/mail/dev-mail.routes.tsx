import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { NotFoundError } from '../../platform/errors.js'
import { pageContext } from '../../platform/http/page-context.js'
import { findDevMail, listDevMail } from './mail.repository.js'
import { MailboxPage, MailPage } from './dev-mail.views.js'

export const DEV_MAIL_PATHS = { list: '/dev/mail', message: '/dev/mail/:id' } as const

const LIST_LIMIT = 100
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The development mail viewer (simulator): the bundled stand-in for an SMTP inbox. */
export async function devMailRoutes(app: FastifyInstance, opts: { db: Kysely<DB> }): Promise<void> {
  // The viewer shows every address and body the service sends: refuse loudly rather than expose
  // it when the wiring forgets to check that the simulators are on.
  if ((app as FastifyInstance & { simulatorsEnabled?: boolean }).simulatorsEnabled !== true) {
    throw new Error('the development mail viewer is registered only when the simulators are on')
  }
  const noIndex = { 'x-robots-tag': 'noindex, nofollow' }

  app.get(DEV_MAIL_PATHS.list, async (request, reply) => {
    const messages = await listDevMail(opts.db, LIST_LIMIT)
    return reply
      .headers(noIndex)
      .page(<MailboxPage ctx={pageContext(request, reply)} messages={messages} />)
  })

  app.get<{ Params: { id: string } }>(DEV_MAIL_PATHS.message, async (request, reply) => {
    // A malformed id would be a database type error (a 500); to the reader it is simply unknown.
    const mail = UUID.test(request.params.id)
      ? await findDevMail(opts.db, request.params.id)
      : undefined
    if (!mail) throw new NotFoundError('no such message in the development mailbox')
    return reply.headers(noIndex).page(<MailPage ctx={pageContext(request, reply)} mail={mail} />)
  })
}
