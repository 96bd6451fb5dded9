import multipart, { type MultipartFile } from '@fastify/multipart'
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify'
import { pageContext } from '../../../platform/http/page-context.js'
import { businessDate } from '../../../platform/time.js'
import { authOf, badgeOf, type BackOfficeDeps, type Permission } from '../../officers/index.js'
import { importHistory, importOldChannel } from './import.service.js'
import { ImportPage, type ImportPageProps } from './import.views.js'
import { importMessages } from './messages.js'
import { STATISTICS_OFFICER_PATHS } from './paths.js'

const MAX_FILE_BYTES = 10 * 1024 * 1024

/** The uploaded file as the multipart parser leaves it in the body. */
interface Upload {
  filename: string
  data: Buffer
  truncated: boolean
}

function isUpload(v: unknown): v is Upload {
  return typeof v === 'object' && v !== null && Buffer.isBuffer((v as Upload).data)
}

/**
 * The statistics section under /officer: the old channel's CSV import (statistics.import), a
 * file upload parsed in this section's scope only.
 */
export async function statisticsRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
): Promise<void> {
  const { db, clock } = opts.deps
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 4, parts: 5 },
    async onFile(part: MultipartFile) {
      const data = await part.toBuffer()
      ;(part as MultipartFile & { value: Upload }).value = {
        filename: part.filename,
        data,
        truncated: part.file.truncated,
      }
    },
  })
  const pre = { preHandler: opts.guard('statistics.import') }

  async function page(
    request: FastifyRequest,
    reply: FastifyReply,
    props: Omit<ImportPageProps, 'ctx' | 'officer' | 'history'>,
    status = 200,
  ) {
    const history = await importHistory(db, authOf(request))
    return reply.page(
      <ImportPage
        ctx={pageContext(request, reply, { forms: true })}
        officer={badgeOf(request)}
        history={history}
        {...props}
      />,
      status,
    )
  }

  app.get<{ Querystring: { imported?: string } }>(
    STATISTICS_OFFICER_PATHS.import,
    pre,
    async (request, reply) => {
      const history = await importHistory(db, authOf(request))
      const done = history.find((h) => h.id === request.query.imported)
      return reply.page(
        <ImportPage
          ctx={pageContext(request, reply, { forms: true })}
          officer={badgeOf(request)}
          history={history}
          {...(done ? { done } : {})}
        />,
      )
    },
  )

  app.post<{ Body: Record<string, unknown> }>(
    STATISTICS_OFFICER_PATHS.import,
    pre,
    async (request, reply) => {
      const m = importMessages(request.locale)
      const file = request.body?.file
      if (!isUpload(file) || file.data.length === 0)
        return page(
          request,
          reply,
          { errors: [{ field: 'file', message: m('file.missing') }] },
          400,
        )
      if (file.truncated)
        return page(
          request,
          reply,
          { errors: [{ field: 'file', message: m('file.tooLarge') }] },
          400,
        )
      const outcome = await importOldChannel(
        db,
        authOf(request),
        { name: file.filename, data: file.data },
        businessDate(clock?.now() ?? new Date()),
      )
      if (!outcome.ok)
        return page(
          request,
          reply,
          {
            errors: [
              { field: 'file', message: m('file.rejected', { n: outcome.rejections.length }) },
            ],
            rejections: outcome.rejections,
          },
          400,
        )
      return reply.redirect(
        `${STATISTICS_OFFICER_PATHS.import}?imported=${encodeURIComponent(outcome.importId)}`,
        303,
      )
    },
  )
}
