import { hostname, userInfo } from 'node:os'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from '../config.js'
import {
  AdministratorExistsError,
  createAdministratorFromCli,
  type BreakGlassOperator,
} from '../features/back-office/index.js'
import { openDatabase } from '../platform/db/database.js'
import { migrate } from '../platform/db/migrate.js'
import { createPiiCrypto } from '../platform/pii-crypto.js'

const USAGE = `npm run officer:create-admin -- --username NAME --email ADDRESS [--name "Full name"] [--unit "Unit"] [--force]

Creates one back-office administrator, recorded in the audit trail as a break-glass event (the
command line and the operating-system account that ran it). The one-time enrolment link (valid
72 h) is e-mailed to ADDRESS through the outbox, never printed: it is sent when the portal runs
(in development, read it at /dev/mail). Run it twice, for two different people, to make the
first two administrators: while only one is active, no grant of a sensitive role can complete,
because a second administrator approves each one. After two exist, further administrators are
granted in the back office. --force makes one more whatever exists (only when every
administrator has lost access); the audit trail says so.`

/** Who runs this, for the audit trail: the operating-system account, when it can be read. */
function operator(): BreakGlassOperator {
  let osUser: string | null = null
  try {
    osUser = userInfo().username
  } catch {
    osUser = process.env.USER ?? process.env.LOGNAME ?? null
  }
  return { osUser, host: hostname() || null }
}

/** npm run officer:create-admin: the first administrator, from the command line. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      unit: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help || !values.username || !values.email) {
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
  const email = values.email.toLowerCase()
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || email.length > 254) {
    process.stderr.write('--email: the new administrator’s own work e-mail address\n')
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
    const created = await createAdministratorFromCli(
      { db: database.db, crypto, publicBaseUrl: config.publicBaseUrl },
      {
        username,
        email,
        displayName: values.name ?? 'Administrator',
        unit: values.unit ?? 'Customs Department',
      },
      operator(),
      { force: values.force },
    )
    process.stdout.write(
      `Administrator "${username}" created (recorded as break-glass). The enrolment e-mail to ${created.sentTo} is in the outbox and is sent when the portal runs; the link expires ${created.expiresAt.toISOString()}.\n` +
        (created.administrators < 2
          ? 'This is the only administrator: sensitive roles need a second one to approve them. Run this command again for a second person.\n'
          : ''),
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
