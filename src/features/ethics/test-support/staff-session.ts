// Test support: a staff session as the SSO callback leaves it, for route tests of the officers'
// own pages that do not go through the provider (the SSO's own tests do).
import type { FastifyInstance } from 'fastify'

export const TEST_STAFF_SIGN_IN = '/__test/staff-sign-in'

/** Adds a route (before ready()) that opens a staff session for ?staff=<number>. */
export function addStaffSignInRoute(app: FastifyInstance): void {
  app.get<{ Querystring: { staff: string } }>(TEST_STAFF_SIGN_IN, async (request, reply) => {
    await request.session.regenerate()
    request.session.set('staffNumber', request.query.staff)
    return reply.redirect('/ethics', 303)
  })
}
