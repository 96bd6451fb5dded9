import type { FastifyBaseLogger } from 'fastify'
import { buildApp } from './app.js'
import {
  createCheckpointSigner,
  startAuditSealer,
  type AuditSealerJob,
} from './features/audit-trail/index.js'
import { IDENTITY_PATHS } from './features/identity/index.js'
import { startOutboxWorker, type OutboxWorker } from './features/mail/index.js'
import { startEkycSimulator, type EkycSimulator } from './simulators/ekyc/index.js'
import { startConfiguredSsoSimulator, type SsoSimulator } from './simulators/sso/index.js'
import { ConfigError, loadConfig, type Config } from './config.js'
import { DataDirectoryError, openDatabase } from './platform/db/database.js'
import { migrate, MigrationError } from './platform/db/migrate.js'
import { createLogger } from './platform/logger.js'

const SHUTDOWN_DEADLINE_MS = 10_000

function fail(message: string): never {
  process.stderr.write(`Customs Trader Portal cannot start: ${message}\n`)
  process.exit(1)
}

async function main(): Promise<void> {
  let config: Config
  try {
    config = loadConfig()
  } catch (err) {
    if (err instanceof ConfigError) fail(`invalid configuration — ${err.message}`)
    throw err
  }
  const logger = createLogger({ level: config.logLevel })
  let database
  try {
    database = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      poolSize: config.databasePoolSize,
      queryDeadlineMs: config.databaseQueryDeadlineMs,
      warn: (message) => logger.warn(message),
    })
    const applied = await migrate(database)
    if (applied.length > 0) logger.info({ applied }, 'database migrated')
  } catch (err) {
    if (err instanceof DataDirectoryError || err instanceof MigrationError) fail(err.message)
    throw err
  }
  const app = await buildApp({
    config,
    database,
    logger: logger as FastifyBaseLogger,
    backgroundJobs: true,
  })
  // Started after listen; the close hook, registered before, stops whatever is running.
  const running: {
    simulator?: EkycSimulator
    ssoSimulator?: SsoSimulator
    worker?: OutboxWorker
    sealer?: AuditSealerJob
  } = {}
  // Order matters: stop taking work, then the helpers that use the database, then the database.
  app.addHook('onClose', async () => {
    await running.worker?.stop()
    await running.sealer?.stop()
    await running.simulator?.close()
    await running.ssoSimulator?.close()
    await database.close()
  })

  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    logger.info({ signal }, 'shutting down: no new connections, draining requests')
    const deadline = setTimeout(() => {
      logger.error('requests did not drain in 10 s; exiting')
      process.exit(1)
    }, SHUTDOWN_DEADLINE_MS)
    deadline.unref()
    app.close().then(
      () => {
        logger.info('stopped')
        process.exit(0)
      },
      (err: unknown) => {
        logger.error({ err }, 'error while stopping')
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))

  const listening = await app.listen({ port: config.port, host: config.host })
  // The address people open is the one every link, QR code and the bank's callback use.
  logger.info(
    {
      url: config.publicBaseUrl,
      listening,
      database: database.engine,
      simulators: config.simulators,
    },
    `Customs Trader Portal is ready at ${config.publicBaseUrl}`,
  )
  // The portal answers first; the bank simulator and the mail worker come up right after it.
  const simulator =
    config.simulators && config.idp.simulatorPort !== undefined
      ? await startEkycSimulator({
          issuer: config.idp.issuer,
          host: config.host,
          port: config.idp.simulatorPort,
          db: database.db,
          clients: [
            {
              client_id: config.idp.clientId,
              client_secret: config.idp.clientSecret,
              redirect_uris: [`${config.publicBaseUrl}${IDENTITY_PATHS.callback}`],
            },
          ],
          logger,
        })
      : undefined
  running.simulator = simulator
  running.ssoSimulator = await startConfiguredSsoSimulator(config, database.db, logger)
  if (simulator)
    logger.info({ url: simulator.url }, 'SIMULATOR: bank eKYC (OpenID Connect) is running')
  running.worker = startOutboxWorker({
    db: database.db,
    mailer: {
      smtpUrl: config.mail.smtpUrl,
      from: config.mail.from,
      devMailbox: config.simulators && config.mail.smtpUrl === undefined,
    },
    logger: logger as FastifyBaseLogger,
    intervalMs: 1000,
  })
  // Seals audit events into signed checkpoints; instances take turns (an advisory lock).
  running.sealer = startAuditSealer({
    db: database.db,
    signer: createCheckpointSigner(config.secrets.auditSigning),
    logger: logger as FastifyBaseLogger,
    intervalMs: 5000,
  })
  // Retention, reminders and the company sweep run in the app's scheduler (platform/jobs).
}

main().catch((err: unknown) => {
  process.stderr.write(
    `Customs Trader Portal failed to start: ${err instanceof Error ? err.message : String(err)}\n`,
  )
  process.exit(1)
})
