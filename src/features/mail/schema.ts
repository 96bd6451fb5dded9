import type { GeneratedTimestamp } from '../../platform/db/schema.js'

/** A message delivered to the development mailbox (simulator only): db/migrations/0005_mail.sql. */
export interface DevMailboxTable {
  id: string
  outbox_id: string
  message_id: string
  from_address: string
  to_address: string
  subject: string
  text_body: string
  html_body: string | null
  raw_message: string
  delivered_at: GeneratedTimestamp
}

// A type alias, not an interface: Kysely's withTables<T>() needs an index-signature-compatible type.
/** The mail feature's own tables, used through db.withTables<MailTables>(). */
export type MailTables = {
  dev_mailbox: DevMailboxTable
}
