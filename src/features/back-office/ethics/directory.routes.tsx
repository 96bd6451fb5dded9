import fastifyMultipart from '@fastify/multipart'
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify'
import { NotFoundError } from '../../../platform/errors.js'
import { pageContext } from '../../../platform/http/page-context.js'
import {
  directoryOverview,
  importStaff,
  importUnits,
  unitDetail,
  type ImportKind,
} from '../../ethics/index.js'
import { authOf, badgeOf, type BackOfficeDeps, type Permission } from '../../officers/index.js'
import { DirectoryPage, UnitPage, type ImportOutcome } from './directory.views.js'
import { ETHICS_PATHS } from './paths.js'

/** An HR export of the whole agency is under 2 MB (6,229 officers are about 900 KB). */
const MAX_FILE_BYTES = 5 * 1024 * 1024

/**
 * The staff directory: the two HR imports (units, then officers) posted as multipart forms,
 * the units tree and each unit's officers. Behind ethics.directory; the services check again.
 */
export async function directoryRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
) {
  const { db } = opts.deps
  const now = () => opts.deps.clock?.now() ?? new Date()
  // Multipart only here: the file and the CSRF field arrive as body values before the guard.
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 4, parts: 5 },
  })
  const pre = { preHandler: opts.guard('ethics.directory') }

  async function page(request: FastifyRequest, reply: FastifyReply, outcome?: ImportOutcome) {
    const { tree, changes } = await directoryOverview(db, authOf(request))
    const failed = outcome && (outcome.missing || (outcome.result && !outcome.result.ok))
    return reply.page(
      <DirectoryPage
        ctx={pageContext(request, reply, { forms: true })}
        officer={badgeOf(request)}
        tree={tree}
        changes={changes}
        outcome={outcome}
      />,
      failed ? 400 : 200,
    )
  }

  app.get(ETHICS_PATHS.directory, pre, (request, reply) => page(request, reply))

  const upload = (kind: ImportKind, field: string) =>
    async function (request: FastifyRequest, reply: FastifyReply) {
      const body = (request.body ?? {}) as Record<string, unknown>
      const file = body[field]
      if (!Buffer.isBuffer(file) || file.length === 0)
        return page(request, reply, { kind, missing: true })
      const text = new TextDecoder('utf-8').decode(file)
      const run = kind === 'units' ? importUnits : importStaff
      const result = await run(db, authOf(request), text, now())
      return page(request, reply, { kind, result })
    }

  app.post(ETHICS_PATHS.importUnits, pre, upload('units', 'unitsFile'))
  app.post(ETHICS_PATHS.importStaff, pre, upload('staff', 'staffFile'))

  app.get<{ Params: { code: string } }>(ETHICS_PATHS.unit(':code'), pre, async (request, reply) => {
    const detail = await unitDetail(db, authOf(request), request.params.code.toUpperCase())
    if (!detail) throw new NotFoundError()
    return reply.page(
      <UnitPage
        ctx={pageContext(request, reply)}
        officer={badgeOf(request)}
        unit={detail.unit}
        members={detail.members}
      />,
    )
  })
}
