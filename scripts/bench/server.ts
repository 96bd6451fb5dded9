// The bench server: the real application (buildApp) with the bench-only routes, in its own process.
// Started by scripts/bench.ts with an IPC channel; configured like the portal, from the environment
// (DATA_DIR, DATABASE_URL, DATABASE_POOL_SIZE, LOG_LEVEL). It reports { type: 'ready', port } once
// it listens, and stops on SIGTERM.
import type { FastifyBaseLogger } from 'fastify'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { createReceiptSigner } from '../../src/features/receipts/index.js'
import { openDatabase } from '../../src/platform/db/database.js'
import { migrate } from '../../src/platform/db/migrate.js'
import { createLogger } from '../../src/platform/logger.js'
import { createPiiCrypto } from '../../src/platform/pii-crypto.js'
import { registerCpuRoutes } from './cpu.js'
import type { ReadyMessage } from './protocol.js'
import { installAuditDrop, noAuditUrl } from './no-audit.js'
import { registerBenchRoutes } from './routes.js'

// Generous limits: the load comes from one address, far above the portal's per-client limits.
const LIMIT_PER_MINUTE = 100_000_000

async function main(): Promise<void> {
  if (!process.send) throw new Error('start the bench server through npm run bench (needs IPC)')
  const config = loadConfig()
  // Before any connection is made, so that every query of the process passes the same wrapper.
  installAuditDrop()
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
  })
  await migrate(database)
  const logger = createLogger({ level: config.logLevel }) as FastifyBaseLogger
  // The same wiring as src/app.ts: the signer is shared with the app's own routes.
  const crypto = createPiiCrypto({
    encryption: config.secrets.encryption,
    hmac: config.secrets.hmac,
  })
  const signer = await createReceiptSigner({
    db: database.db,
    signing: config.secrets.signing,
    publicBaseUrl: config.publicBaseUrl,
  })
  const app = await buildApp({
    config,
    database,
    logger,
    signer,
    limits: {
      postsPerMinute: LIMIT_PER_MINUTE,
      readsPerMinute: LIMIT_PER_MINUTE,
      postsPerMinutePerAddress: LIMIT_PER_MINUTE,
      checkApiPerMinute: LIMIT_PER_MINUTE,
    },
  })
  // The submit-no-audit variant's own pool, of the same size (PostgreSQL only).
  const unaudited = config.databaseUrl
    ? await openDatabase({
        databaseUrl: noAuditUrl(config.databaseUrl),
        dataDir: config.dataDir,
        poolSize: config.databasePoolSize,
      })
    : undefined
  registerBenchRoutes(app, {
    submit: {
      db: database.db,
      crypto,
      idp: config.idp,
      publicBaseUrl: config.publicBaseUrl,
      signer,
    },
    crypto,
    issuer: config.idp.issuer,
    engine: database.engine,
    unauditedDb: unaudited?.db,
  })
  registerCpuRoutes(app)
  app.addHook('onClose', async () => {
    await unaudited?.close()
    await database.close()
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no TCP address')
  const ready: ReadyMessage = {
    type: 'ready',
    port: address.port,
    engine: database.engine,
    poolSize: config.databasePoolSize,
  }
  process.send(ready)

  let closing = false
  const stop = () => {
    if (closing) return
    closing = true
    const deadline = setTimeout(() => process.exit(1), 10_000)
    deadline.unref()
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  process.on('disconnect', stop)
}

main().catch((err: unknown) => {
  process.stderr.write(
    `bench server failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  )
  process.exit(1)
})
