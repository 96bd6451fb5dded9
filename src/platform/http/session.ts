import fastifySession from '@fastify/session'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { DatabaseSessionStore } from './session-store.js'
import './types.js'

export interface SessionOptions {
  db: Kysely<DB>
  secret: string
  secure: boolean
  idleMs: number
  absoluteMs: number
}

export const SESSION_COOKIE = 'ctp_sid'
/** Sessions end after this much idle time. */
export const SESSION_IDLE_MS = 15 * 60_000
/** And after this long in any case. */
export const SESSION_ABSOLUTE_MS = 12 * 3600_000
// Writing the session back on every request would make each page a database write; a minute
// of precision on the idle timeout is enough.
const TOUCH_INTERVAL_MS = 60_000

/** Server-side sessions: HttpOnly, SameSite=Lax cookie; idle and absolute timeouts. */
export const sessionPlugin = fp(async (app: FastifyInstance, opts: SessionOptions) => {
  const store = new DatabaseSessionStore(opts.db, opts.idleMs)
  // A session that is about to be saved for the first time gets its creation time. Added
  // before the session plugin so that it runs before the plugin saves.
  app.addHook('onSend', async (request) => {
    const session = request.session as
      (typeof request.session & { isModified(): boolean }) | undefined
    // When the store could not load the session (database down), @fastify/session leaves a bare
    // object: the error page must still go out, so there is nothing to stamp.
    if (typeof session?.get !== 'function') return
    if (session.get('createdAt') === undefined && session.isModified()) {
      session.set('createdAt', Date.now())
      session.set('seenAt', Date.now())
    }
  })
  await app.register(fastifySession, {
    secret: opts.secret,
    cookieName: SESSION_COOKIE,
    store,
    saveUninitialized: false,
    rolling: false,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: opts.secure,
      path: '/',
      maxAge: opts.idleMs,
    },
  })
  app.decorate('sessionStore', store)

  // "Stay signed in" from the warning shown before the idle timeout: a touch, nothing else.
  app.post('/session/extend', async (request, reply) => {
    if (request.session.get('createdAt') === undefined)
      return reply.code(404).send({ extended: false })
    request.session.set('seenAt', Date.now())
    request.session.touch()
    return reply.send({ extended: true, idleMs: opts.idleMs })
  })

  app.addHook('preHandler', async (request) => {
    const session = request.session
    const createdAt = session.get('createdAt')
    if (createdAt === undefined) return
    const now = Date.now()
    if (now - createdAt > opts.absoluteMs) {
      await session.regenerate()
      return
    }
    if (request.routeOptions.config.sessionPassive) return
    const seenAt = session.get('seenAt') ?? 0
    if (now - seenAt > TOUCH_INTERVAL_MS) {
      session.set('seenAt', now)
      session.touch()
    }
  })
})

declare module 'fastify' {
  interface FastifyInstance {
    sessionStore: DatabaseSessionStore
  }
}
