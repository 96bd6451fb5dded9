import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import type { DB } from '../../platform/db/schema.js'
import { NotFoundError } from '../../platform/errors.js'
import { pageContext } from '../../platform/http/page-context.js'
import type { CheckpointSigner } from './audit.checkpoint.js'
import { auditMessages } from './audit.messages.js'
import { listPublishedCheckpoints, type CheckpointsExport } from './audit.service.js'
import { AUDIT_CSS } from './audit.styles.js'
import { AUDIT_PATHS, CheckpointsPage } from './audit.views.js'

export interface AuditRoutesOptions {
  db: Kysely<DB>
  /** Only the public half is used here. */
  signer: Pick<CheckpointSigner, 'publicJwk' | 'publicPem'>
}

const PAGE_SIZE = 10
const EXPORT_SIZE = 100

const pageQuery = z.object({
  before: z.coerce.number().int().min(2).max(Number.MAX_SAFE_INTEGER).optional(),
})

type PageRequest = FastifyRequest<{ Querystring: Record<string, unknown> }>

function beforeOf(request: PageRequest): number | undefined {
  const parsed = pageQuery.safeParse(request.query)
  if (!parsed.success) throw new NotFoundError('no such page of checkpoints')
  return parsed.data.before
}

/** The published heads of the audit trail: a page, a JSON export, and the page's styles. */
export async function auditCheckpointRoutes(
  app: FastifyInstance,
  opts: AuditRoutesOptions,
): Promise<void> {
  const { db, signer } = opts

  app.get(AUDIT_PATHS.checkpoints, async (request: PageRequest, reply) => {
    const before = beforeOf(request)
    const checkpoints = await listPublishedCheckpoints(db, { before, limit: PAGE_SIZE })
    const oldest = checkpoints[checkpoints.length - 1]
    const ctx = pageContext(request, reply)
    return reply.page(
      <CheckpointsPage
        ctx={ctx}
        m={auditMessages(ctx.locale)}
        checkpoints={checkpoints}
        olderUrl={
          oldest && oldest.number > 1 && checkpoints.length === PAGE_SIZE
            ? `${AUDIT_PATHS.checkpoints}?before=${oldest.number}`
            : undefined
        }
        newestUrl={before === undefined ? undefined : AUDIT_PATHS.checkpoints}
        publicJwk={signer.publicJwk}
        publicPem={signer.publicPem}
      />,
    )
  })

  app.get(AUDIT_PATHS.json, async (request: PageRequest, reply) => {
    const before = beforeOf(request)
    const body: CheckpointsExport = {
      format: 'ctp-audit-checkpoints/1',
      keys: [signer.publicJwk],
      checkpoints: await listPublishedCheckpoints(db, { before, limit: EXPORT_SIZE }),
    }
    return reply
      .type('application/json; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('access-control-allow-origin', '*')
      .send(body)
  })

  app.get(AUDIT_PATHS.css, async (_request, reply) => {
    return reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(AUDIT_CSS)
  })
}
