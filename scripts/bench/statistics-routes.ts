// Bench-only route of the statistics-1m scenario: a signed-in service-quality officer's session
// (the survey results page's guard needs an active officer with survey.results), made with the
// back office's own repository helpers, as search-routes.ts makes the registry officer's.
import type { FastifyInstance } from 'fastify'
import { activateOfficer } from '../../src/features/officers/credential.repository.js'
import { secretDigest } from '../../src/features/officers/credentials.js'
import { insertOfficer } from '../../src/features/officers/officer-writes.repository.js'
import { randomToken } from '../../src/platform/ids.js'
import type { BenchRouteDeps } from './routes.js'

export function registerStatisticsRoutes(app: FastifyInstance, deps: BenchRouteDeps): void {
  const { db } = deps.submit
  let officerId: Promise<string> | undefined

  const createOfficer = () =>
    db.transaction().execute(async (trx) => {
      const id = await insertOfficer(trx, {
        username: `bench.quality.${Date.now()}`,
        displayName: 'Bench Quality Officer',
        unit: 'หน่วยทดสอบภาระงาน',
        roles: ['service_quality'],
        createdBy: null,
        enrolmentTokenHash: secretDigest(randomToken()),
        enrolmentExpiresAt: new Date(Date.now() + 3600_000),
      })
      const step = Math.floor(Date.now() / 30_000)
      if (!(await activateOfficer(trx, id, step, [secretDigest(randomToken())])))
        throw new Error('the bench officer could not be activated')
      return id
    })

  app.post('/bench/quality-session', { config: { csrfExempt: true } }, async (request) => {
    officerId ??= createOfficer()
    request.session.set('officerId', await officerId)
    return { ok: true }
  })
}
