import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createLogger } from '../../platform/logger.js'
import { sweepExpired } from './adapter.js'
import { handleInteraction } from './interaction.js'
import { loadKeys } from './keys.js'
import { COOKIE_NAMES, createProvider } from './provider.js'
import type { EkycSimulator, EkycSimulatorOptions } from './index.js'
import type { SimTables } from './schema.js'

const SWEEP_EVERY_MS = 10 * 60 * 1000
const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]{1,64})$/

/**
 * The simulator keeps no single sign-on session: a real bank app asks its user every time, and
 * a remembered session would let a second verification finish without anyone approving it.
 * Dropping the session cookie on the way in makes oidc-provider start a fresh session per request.
 */
function dropSessionCookie(req: IncomingMessage): void {
  const cookie = req.headers.cookie
  if (cookie === undefined) return
  const names = new Set([COOKIE_NAMES.session, `${COOKIE_NAMES.session}.sig`])
  req.headers.cookie = cookie
    .split(';')
    .filter((part) => !names.has(part.split('=')[0]?.trim() ?? ''))
    .join(';')
}

/** Starts the simulator: see startEkycSimulator in index.ts. */
export async function startServer(opts: EkycSimulatorOptions): Promise<EkycSimulator> {
  const issuerUrl = new URL(opts.issuer)
  if (issuerUrl.pathname !== '/' || opts.issuer.endsWith('/')) {
    throw new Error(
      'the eKYC simulator issuer must be an origin without a path or trailing slash, e.g. http://localhost:3001',
    )
  }
  const logger = opts.logger ?? createLogger({ level: 'warn' })
  const db = opts.db.withTables<SimTables>()
  const keys = await loadKeys(db)
  await sweepExpired(db)
  const provider = createProvider({
    issuer: opts.issuer,
    db,
    keys,
    clients: opts.clients,
    proxy: opts.proxy ?? false,
    logger,
  })
  const deps = {
    provider,
    db,
    keys,
    issuer: opts.issuer,
    firstTimeDelayMs: opts.firstTimeDelayMs ?? 20_000,
  }
  const oidc = provider.callback()

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    dropSessionCookie(req)
    const match = INTERACTION_PATH.exec(new URL(req.url ?? '/', issuerUrl).pathname)
    if (match?.[1] !== undefined) return handleInteraction(deps, req, res, match[1])
    return oidc(req, res)
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      logger.error({ err }, 'eKYC simulator: request failed')
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('eKYC simulator error')
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const sweeper = setInterval(() => {
    sweepExpired(db).catch((err: unknown) => logger.warn({ err }, 'eKYC simulator: sweep failed'))
  }, SWEEP_EVERY_MS)
  sweeper.unref()
  logger.info({ issuer: opts.issuer }, 'eKYC SIMULATOR listening (not a real bank)')

  return {
    url: opts.issuer,
    async close() {
      clearInterval(sweeper)
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      })
    },
  }
}
