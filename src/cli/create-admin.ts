import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from '../config.js'
import {
  AdministratorExistsError,
  createFirstAdministrator,
} from '../features/back-office/index.js'
import { openDatabase } from '../platform/db/database.js'
import { migrate } from '../platform/db/migrate.js'
import { createPiiCrypto } from '../platform/pii-crypto.js'

const USAGE = `npm run officer:create-admin -- --username NAME [--name "Full name"] [--unit "Unit"] [--force]

Creates the first back-office administrator and prints a one-time enrolment link (valid 72 h),
where they choose a password and set up an authenticator app. With --force, creates another
administrator even when one exists (for example when the only one has lost access).`

/** npm run officer:create-admin: the first administrator, from the command line. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      unit: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help || !values.username) {
    process.stdout.write(`${USAGE}\n`)
    process.exit(values.help ? 0 : 2)
  }
  const username = values.username.toLowerCase()
  if (!/^[a-z0-9._-]{3,64}$/.test(username)) {
    process.stderr.write(
      '--username: 3 to 64 lower-case letters, digits, dots, dashes or underscores\n',
    )
    process.exit(2)
  }
  const config = loadConfig()
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 1,
  })
  try {
    await migrate(database)
    const crypto = createPiiCrypto({
      encryption: config.secrets.encryption,
      hmac: config.secrets.hmac,
    })
    const link = await createFirstAdministrator(
      { db: database.db, crypto, publicBaseUrl: config.publicBaseUrl },
      {
        username,
        displayName: values.name ?? 'Administrator',
        unit: values.unit ?? 'Customs Department',
      },
      { force: values.force },
    )
    process.stdout.write(
      `Administrator "${username}" created. Open this one-time link to choose a password and set up the authenticator app (it expires ${link.expiresAt.toISOString()}):\n` +
        `  ${link.url}\n` +
        `enrolment path: ${link.path}\n`,
    )
  } finally {
    await database.close()
  }
}

main().catch((err: unknown) => {
  const prefix =
    err instanceof ConfigError
      ? 'invalid configuration — '
      : err instanceof AdministratorExistsError
        ? ''
        : 'could not create the administrator: '
  process.stderr.write(`${prefix}${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
