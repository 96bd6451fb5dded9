// Bench-only routes of the registration-check scenario: seeding companies and persons (with the
// feature's own test-support rows) and the baseline, a bare indexed SELECT by number as JSON.
import type { FastifyInstance } from 'fastify'
import { juristicPersonByNumber } from '../../src/features/registration-check/test-support/bench.repository.js'
import {
  seedCheckCompany,
  seedCheckPerson,
} from '../../src/features/registration-check/test-support/seed.repository.js'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import type { BenchRouteDeps } from './routes.js'

/** The numbers the scenario seeds: n companies, n persons (every other one listed). */
export function checkNumbers(n: number): { companies: string[]; persons: string[] } {
  const pad = (i: number) => String(i).padStart(6, '0')
  return {
    companies: Array.from({ length: n }, (_, i) => withCheckDigit(`010557${pad(i)}`)),
    persons: Array.from({ length: n }, (_, i) => withCheckDigit(`310007${pad(i)}`)),
  }
}

export function registerCheckRoutes(app: FastifyInstance, deps: BenchRouteDeps): void {
  const { db } = deps.submit
  app.post<{ Params: { n: string } }>(
    '/bench/check-seed/:n',
    { config: { csrfExempt: true } },
    async (request) => {
      const { companies, persons } = checkNumbers(Number(request.params.n))
      for (const [i, juristicId] of companies.entries())
        await seedCheckCompany(db, deps.crypto, {
          juristicId,
          nameTh: `บริษัท ทดสอบภาระงาน ${i} จำกัด`,
          nameEn: `Bench Load ${i} Co., Ltd.`,
          status: i % 10 === 0 ? 'CANCELLED' : 'ACTIVE',
        })
      for (const [i, nationalId] of persons.entries())
        await seedCheckPerson(db, deps.crypto, {
          nationalId,
          firstTh: `ทดสอบ${i}`,
          firstEn: `Bench${i}`,
          choices: [i % 2 === 0],
        })
      return { companies: companies.length, persons: persons.length }
    },
  )
  app.get<{ Querystring: { number?: string } }>('/bench/indexed-select', async (request) => {
    const row = await juristicPersonByNumber(db, String(request.query.number ?? ''))
    return { found: row !== undefined }
  })
}
