// Bench-only routes of the search-1m scenario: a signed-in officer session made with the back
// office's own repository helpers (no password or TOTP round: the guard only needs an active
// officer in the session), and EXPLAIN ANALYZE of the back office's search query.
import type { FastifyInstance } from 'fastify'
import { activateOfficer } from '../../src/features/officers/credential.repository.js'
import { insertOfficer } from '../../src/features/officers/officer-writes.repository.js'
import { secretDigest } from '../../src/features/officers/credentials.js'
import { nameFragment } from '../../src/features/back-office/registry/registry.schema.js'
import { randomToken } from '../../src/platform/ids.js'
import type { BenchRouteDeps } from './routes.js'
import { explainSearch } from './search-explain.js'

type ExplainBody = {
  criteria?: ({ by: 'id'; nationalId: string } | { by: 'name'; fragment: string })[]
}

export function registerSearchRoutes(app: FastifyInstance, deps: BenchRouteDeps): void {
  const { db } = deps.submit
  const noCsrf = { config: { csrfExempt: true } }
  let officerId: Promise<string> | undefined

  const createOfficer = () =>
    db.transaction().execute(async (trx) => {
      const id = await insertOfficer(trx, {
        username: `bench.officer.${Date.now()}`,
        displayName: 'Bench Officer',
        unit: 'หน่วยทดสอบภาระงาน',
        roles: ['registry_officer'],
        createdBy: null,
        enrolmentTokenHash: secretDigest(randomToken()),
        enrolmentExpiresAt: new Date(Date.now() + 3600_000),
      })
      const step = Math.floor(Date.now() / 30_000)
      if (!(await activateOfficer(trx, id, step, [secretDigest(randomToken())])))
        throw new Error('the bench officer could not be activated')
      return id
    })

  // A new session of the (one) bench registry officer; the cookie comes back in Set-Cookie.
  app.post('/bench/officer-session', noCsrf, async (request) => {
    officerId ??= createOfficer()
    request.session.set('officerId', await officerId)
    return { ok: true }
  })

  // The plans of the back office's search query for the given criteria.
  app.post<{ Body: ExplainBody }>('/bench/search-explain', noCsrf, async (request) => {
    const plans: string[] = []
    for (const c of request.body?.criteria ?? []) {
      const criterion =
        c.by === 'id'
          ? { by: 'id' as const, hmac: deps.crypto.hmac(c.nationalId).blob }
          : { by: 'name' as const, fragment: nameFragment(c.fragment) }
      plans.push(await explainSearch(db, criterion))
    }
    return { plans }
  })
}
