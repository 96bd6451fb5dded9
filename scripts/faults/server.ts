// The faults server: the real application (buildApp) with its outbox worker sending over SMTP, plus
// one faults-only route that points a browser session at a seeded draft. Started by
// scripts/faults/run.ts with an IPC channel and killed with SIGKILL at random moments; configured
// like the portal, from the environment (DATABASE_URL, DATA_DIR, SMTP_URL, DATABASE_POOL_SIZE).
// It reports { type: 'ready', port } once it listens. It never migrates: the orchestrator has.
import type { FastifyBaseLogger } from 'fastify'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { startOutboxWorker } from '../../src/features/mail/index.js'
import { openDatabase } from '../../src/platform/db/database.js'
import { createLogger } from '../../src/platform/logger.js'
import type { FaultsReady } from './protocol.js'

// The load comes from one address, far above the portal's per-client limits.
const LIMIT_PER_MINUTE = 100_000_000
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

async function main(): Promise<void> {
  if (!process.send) throw new Error('start the faults server through npm run test:faults (IPC)')
  const config = loadConfig()
  if (config.databaseUrl === undefined) throw new Error('the faults server needs DATABASE_URL')
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
    queryDeadlineMs: config.databaseQueryDeadlineMs,
  })
  const logger = createLogger({ level: config.logLevel }) as FastifyBaseLogger
  const app = await buildApp({
    config,
    database,
    logger,
    limits: {
      postsPerMinute: LIMIT_PER_MINUTE,
      readsPerMinute: LIMIT_PER_MINUTE,
      postsPerMinutePerAddress: LIMIT_PER_MINUTE,
    },
  })

  // Faults only: this browser session now holds the given draft (as the journey's own steps
  // would have left it) and gets a CSRF token for its forms. The submit itself is the portal's.
  app.post<{ Params: { id: string } }>(
    '/faults/bind/:id',
    { config: { csrfExempt: true } },
    async (request, reply) => {
      if (!UUID.test(request.params.id)) return reply.code(400).send({ error: 'bad id' })
      request.session.set('applicationId', request.params.id)
      return { csrf: reply.generateCsrf() }
    },
  )

  // One row per batch: a worker killed mid-send leaves at most one claimed row, whose lease
  // (SEND_BUDGET_SECONDS × batch + 60 s) then runs out after two minutes rather than eleven.
  const worker = config.mail.smtpUrl
    ? startOutboxWorker({
        db: database.db,
        mailer: { smtpUrl: config.mail.smtpUrl, from: config.mail.from, devMailbox: false },
        logger,
        intervalMs: 200,
        batchSize: 1,
      })
    : undefined
  app.addHook('onClose', async () => {
    await worker?.stop()
    await database.close()
  })
  await app.listen({ port: config.port, host: '127.0.0.1' })
  const address = app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no TCP address')
  const ready: FaultsReady = { type: 'ready', port: address.port, pid: process.pid }
  process.send(ready)

  let closing = false
  const stop = () => {
    if (closing) return
    closing = true
    setTimeout(() => process.exit(1), 10_000).unref()
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGTERM', stop)
  process.on('disconnect', stop)
}

main().catch((err: unknown) => {
  process.stderr.write(
    `faults server failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  )
  process.exit(1)
})
