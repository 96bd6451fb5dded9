import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import Fastify from 'fastify'
import type { Kysely } from 'kysely'
import type { ApplicationStatus, ApplicationStep, DB } from './db/schema.js'
import { canOpenStep, defineJourney, laterStep, stepOf } from './journey.js'

const STEPS = ['details', 'confirm-email', 'verify'] as const

describe('journey steps', () => {
  it('opens any step up to the application own, and none of another journey', () => {
    assert.equal(canOpenStep(STEPS, 'confirm-email', 'details'), true)
    assert.equal(canOpenStep(STEPS, 'confirm-email', 'confirm-email'), true)
    assert.equal(canOpenStep(STEPS, 'confirm-email', 'verify'), false)
    assert.equal(canOpenStep(STEPS, 'signers', 'details'), false)
    assert.equal(stepOf(STEPS, 'signers'), undefined)
  })

  it('keeps the later of two steps', () => {
    assert.equal(laterStep(STEPS, 'verify', 'confirm-email'), 'verify')
    assert.equal(laterStep(STEPS, 'details', 'confirm-email'), 'confirm-email')
    assert.equal(laterStep(STEPS, 'done', 'details'), 'details')
  })
})

describe('the journey guard', () => {
  async function appWith(application?: {
    id: string
    status: ApplicationStatus
    step: ApplicationStep
  }) {
    // These cases answer before any audit is written, so no database is needed.
    const journey = defineJourney({} as Kysely<DB>, {
      steps: STEPS,
      load: async () => application,
      missing: async (_request, reply) => reply.code(200).send('no application'),
      sentPath: '/done',
      stepPath: (step) => `/s/${step}`,
      detour: (request, _a, wanted) =>
        request.headers['x-resumed'] && wanted !== 'confirm-email' ? 'confirm-email' : undefined,
    })
    const app = Fastify()
    app.get('/s/details', { preHandler: [journey.guard('details')] }, async (request) => ({
      id: journey.application(request).id,
    }))
    await app.ready()
    return app
  }

  it('lets the session draft through to its handler', async () => {
    const app = await appWith({ id: 'a1', status: 'draft', step: 'verify' })
    const res = await app.inject({ url: '/s/details' })
    assert.deepEqual(res.json(), { id: 'a1' })
    await app.close()
  })

  it('answers a browser without a draft, or with a superseded one, with the journey page', async () => {
    for (const application of [undefined, { id: 'a1', status: 'superseded', step: 'verify' }]) {
      const app = await appWith(application as Parameters<typeof appWith>[0])
      const res = await app.inject({ url: '/s/details' })
      assert.equal(res.body, 'no application')
      await app.close()
    }
  })

  it('sends an application no longer a draft to where it is shown', async () => {
    const app = await appWith({ id: 'a1', status: 'approved', step: 'done' })
    const res = await app.inject({ url: '/s/details' })
    assert.equal(res.statusCode, 303)
    assert.equal(res.headers.location, '/done')
    await app.close()
  })

  it('takes the detour the journey asks for first', async () => {
    const app = await appWith({ id: 'a1', status: 'draft', step: 'verify' })
    const res = await app.inject({ url: '/s/details', headers: { 'x-resumed': '1' } })
    assert.equal(res.statusCode, 303)
    assert.equal(res.headers.location, '/s/confirm-email')
    await app.close()
  })
})
