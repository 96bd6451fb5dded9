import { sql, type Kysely } from 'kysely'
import type { DB, Timestamp } from '../../platform/db/schema.js'
import type { PdpaTables } from './schema.js'

/**
 * The statements of the retention job, one per kind of short-lived record. Each removes what is
 * older than its cutoff and returns how many records (or fields) it removed.
 */

// The development mailbox belongs to the mail feature; retention needs only these columns.
type DevMailbox = { dev_mailbox: { id: string; delivered_at: Timestamp } }

// An arbitrary constant: instances take turns, one run at a time.
const RETENTION_LOCK = 7_221_565
const DETAIL_BATCH = 1000

/** Takes the retention job's lock for this transaction; false when another instance holds it. */
export async function tryRetentionLock(trx: Kysely<DB>): Promise<boolean> {
  const { rows } = await sql<{
    ok: boolean
  }>`SELECT pg_try_advisory_xact_lock(${sql.lit(RETENTION_LOCK)}) AS ok`.execute(trx)
  return rows[0]?.ok === true
}

/**
 * Clears IP addresses and reasons of audit events older than their periods. The events
 * themselves (append-only, hash-chained) are never touched: only the side table, whose rows
 * the application may delete and insert but not update — so a row keeping one of its two
 * fields is replaced by a row with that field alone.
 */
export async function clearAuditDetails(
  trx: Kysely<DB>,
  ipCutoff: Date,
  reasonCutoff: Date,
): Promise<{ auditIp: number; auditReason: number }> {
  let auditIp = 0
  let auditReason = 0
  for (;;) {
    const rows = await trx
      .selectFrom('audit_event_details as d')
      .innerJoin('audit_events as e', 'e.id', 'd.event_id')
      .select(['d.event_id', 'd.ip', 'd.reason', 'e.occurred_at'])
      .where((eb) =>
        eb.or([
          eb.and([eb('d.ip', 'is not', null), eb('e.occurred_at', '<', ipCutoff)]),
          eb.and([eb('d.reason', 'is not', null), eb('e.occurred_at', '<', reasonCutoff)]),
        ]),
      )
      .limit(DETAIL_BATCH)
      .execute()
    if (rows.length === 0) break
    await trx
      .deleteFrom('audit_event_details')
      .where(
        'event_id',
        'in',
        rows.map((r) => r.event_id),
      )
      .execute()
    const kept = rows.flatMap((r) => {
      const ipGoes = r.ip !== null && r.occurred_at < ipCutoff
      const reasonGoes = r.reason !== null && r.occurred_at < reasonCutoff
      if (ipGoes) auditIp++
      if (reasonGoes) auditReason++
      const ip = ipGoes ? null : r.ip
      const reason = reasonGoes ? null : r.reason
      return ip === null && reason === null ? [] : [{ event_id: r.event_id, ip, reason }]
    })
    if (kept.length > 0) await trx.insertInto('audit_event_details').values(kept).execute()
    if (rows.length < DETAIL_BATCH) break
  }
  return { auditIp, auditReason }
}

/** Raw identity claims of verifications started before the cutoff. */
export async function clearIdentityClaims(trx: Kysely<DB>, cutoff: Date): Promise<number> {
  const r = await trx
    .updateTable('identity_verifications')
    .set({ claims_enc: null, claims_key_id: null })
    .where('claims_enc', 'is not', null)
    .where('created_at', '<', cutoff)
    .executeTakeFirst()
  return Number(r.numUpdatedRows)
}

/**
 * The protocol's one-time values are worthless once a verification has expired; they are
 * overwritten (the columns are NOT NULL and unique) with values nobody can present.
 */
export async function purgeVerificationArtefacts(trx: Kysely<DB>, cutoff: Date): Promise<number> {
  const r = await trx
    .updateTable('identity_verifications')
    .set({
      state: sql<string>`'purged-' || gen_random_uuid()::text`,
      handle: sql<string>`'purged-' || gen_random_uuid()::text`,
      nonce: '',
      code_verifier: '',
      binding_code: null,
    })
    .where('expires_at', '<', cutoff)
    .where('state', 'not like', 'purged-%')
    .executeTakeFirst()
  return Number(r.numUpdatedRows)
}

/** Sessions that expired before the cutoff. */
export async function deleteExpiredSessions(trx: Kysely<DB>, cutoff: Date): Promise<number> {
  const r = await trx.deleteFrom('sessions').where('expires_at', '<', cutoff).executeTakeFirst()
  return Number(r.numDeletedRows)
}

/** Development mailbox messages delivered before the cutoff. */
export async function deleteDevMail(trx: Kysely<DB>, cutoff: Date): Promise<number> {
  const r = await trx
    .withTables<DevMailbox>()
    .deleteFrom('dev_mailbox')
    .where('delivered_at', '<', cutoff)
    .executeTakeFirst()
  return Number(r.numDeletedRows)
}

/** Outbox messages sent before the cutoff. */
export async function deleteSentMail(trx: Kysely<DB>, cutoff: Date): Promise<number> {
  const r = await trx
    .deleteFrom('outbox')
    .where('sent_at', 'is not', null)
    .where('sent_at', '<', cutoff)
    .executeTakeFirst()
  return Number(r.numDeletedRows)
}

/** The words of requests closed before the cutoff; the kind and outcome stay. */
export async function clearRequestTexts(trx: Kysely<DB>, cutoff: Date, at: Date): Promise<number> {
  const r = await trx
    .withTables<PdpaTables>()
    .updateTable('data_subject_requests')
    .set({ details: '', outcome_note: null, texts_cleared_at: at })
    .where('status', '=', 'closed')
    .where('decided_at', '<', cutoff)
    .where('texts_cleared_at', 'is', null)
    .executeTakeFirst()
  return Number(r.numUpdatedRows)
}
