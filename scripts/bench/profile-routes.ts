// Bench-only routes that look inside the submit: a submit with every statement and the signature
// timed, and the profile summed since the last call.
import { performance } from 'node:perf_hooks'
import type { FastifyInstance } from 'fastify'
import {
  submitApplication,
  type SubmitDeps,
} from '../../src/features/registration-person/submit/queue.js'
import { SubmitProfile, TracePlugin, tracedSigner } from './profile.js'
import type { BenchRouteDeps, N } from './routes.js'
import { applicationIdFor, submitKeyFor } from './seed.js'

export function registerProfileRoutes(
  app: FastifyInstance,
  deps: BenchRouteDeps,
  draftNumber: (raw: string) => number | undefined,
): void {
  const { db } = deps.submit
  const noCsrf = { config: { csrfExempt: true } }
  let profile = new SubmitProfile()

  // The real submit with every statement and the signature timed. Its deps are its own, so it
  // is decided alone, in a batch of one, as on a quiet system.
  app.post<N>('/bench/submit-profiled/:n', noCsrf, async (request, reply) => {
    const n = draftNumber(request.params.n)
    if (n === undefined) return reply.code(410).send({ error: 'no such seeded draft' })
    const spans: ConstructorParameters<typeof TracePlugin>[0] = []
    const traced: SubmitDeps = {
      ...deps.submit,
      db: db.withPlugin(new TracePlugin(spans)),
      signer: tracedSigner(deps.submit.signer, spans),
    }
    const start = performance.now()
    const result = await submitApplication(traced, applicationIdFor(n), submitKeyFor(n), request.id)
    profile.add(start, performance.now(), spans)
    return reply.code(result.outcome === 'approved' ? 200 : 409).send(result)
  })

  // The profile summed since the last call.
  app.get('/bench/profile', async () => {
    const summary = profile.summary()
    profile = new SubmitProfile()
    return summary
  })
}
