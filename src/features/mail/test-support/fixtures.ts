import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../../../platform/db/schema.js'
import { createLogger } from '../../../platform/logger.js'
import type { MailTables } from '../schema.js'

/** The application logger writing into an array, so tests can check what reaches the logs. */
export function capturingLogger(): { logger: FastifyBaseLogger; lines: string[] } {
  const lines: string[] = []
  const logger = createLogger({
    level: 'info',
    destination: { write: (line: string) => void lines.push(line) },
  })
  return { logger: logger as FastifyBaseLogger, lines }
}

let counter = 0
/** A unique recipient for one test, so assertions never depend on other tests' mail. */
export function testAddress(): string {
  counter += 1
  return `tester.${process.pid}.${Date.now()}.${counter}@example.test`
}

/** The outbox row of a message. */
export async function outboxRow(db: Kysely<DB>, id: string) {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
}

/** The development mailbox entries made from one outbox row. */
export async function mailboxEntries(db: Kysely<DB>, outboxId: string) {
  return db
    .withTables<MailTables>()
    .selectFrom('dev_mailbox')
    .selectAll()
    .where('outbox_id', '=', outboxId)
    .execute()
}

/** Makes a backed-off row due now, as if its retry time had come. */
export async function makeDue(db: Kysely<DB>, id: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ available_at: new Date(Date.now() - 1000) })
    .where('id', '=', id)
    .execute()
}
