import { hostname, userInfo } from 'node:os'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from '../config.js'
import {
  ApiClientError,
  createApiClient,
  disableApiClient,
  rotateApiClientSecret,
  type Operator,
} from '../features/lifecycle/index.js'
import { openDatabase } from '../platform/db/database.js'
import { migrate } from '../platform/db/migrate.js'

const USAGE = `node --import tsx src/cli/api-client.ts <create|rotate|disable> --name NAME [--overlap-days N]

Calling systems of the customs activity API (ADR 18), for an administrator with the database:
  create   a new client NAME and its secret (printed once, never stored: only its SHA-256 is)
  rotate   a new secret for NAME; the old ones keep working --overlap-days (default 7), then stop
  disable  NAME stops at once: no new token, and its live tokens are refused
Each change is recorded in the audit trail with the operating-system account that ran it.`

function operator(): Operator {
  let osUser: string | null = null
  try {
    osUser = userInfo().username
  } catch {
    osUser = process.env.USER ?? null
  }
  return { osUser, host: hostname() || null }
}

/** The administrator's command for the API's calling systems. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      'overlap-days': { type: 'string', default: '7' },
      help: { type: 'boolean', default: false },
    },
  })
  const command = positionals[0]
  const overlapDays = Number(values['overlap-days'])
  if (values.help || !values.name || !['create', 'rotate', 'disable'].includes(command ?? '')) {
    process.stdout.write(`${USAGE}\n`)
    process.exit(values.help ? 0 : 2)
  }
  if (!Number.isInteger(overlapDays) || overlapDays < 0 || overlapDays > 90) {
    process.stderr.write('--overlap-days: a whole number from 0 to 90\n')
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
    const now = new Date()
    if (command === 'create') {
      const { clientId, secret } = await createApiClient(database.db, values.name, now, operator())
      process.stdout.write(
        `client_id=${clientId}\nclient_secret=${secret}\n(the secret is shown only now)\n`,
      )
    } else if (command === 'rotate') {
      const { secret, oldUntil } = await rotateApiClientSecret(
        database.db,
        values.name,
        now,
        operator(),
        overlapDays * 86_400_000,
      )
      process.stdout.write(
        `client_secret=${secret}\nthe old secrets stop at ${oldUntil.toISOString()}\n`,
      )
    } else {
      await disableApiClient(database.db, values.name, now, operator())
      process.stdout.write(`${values.name} is disabled\n`)
    }
  } finally {
    await database.close()
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof ApiClientError) {
    process.stderr.write(`${err.message}\n`)
    process.exit(2)
  }
  throw err
})
