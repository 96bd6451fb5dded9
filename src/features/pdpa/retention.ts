import { sql, type Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB, Timestamp } from '../../platform/db/schema.js'
import { RETENTION_KINDS, type RetentionKind } from '../../platform/retention-kinds.js'
import type { PdpaTables } from './schema.js'

// The development mailbox belongs to the mail feature; retention needs only these columns.
type DevMailbox = { dev_mailbox: { id: string; delivered_at: Timestamp } }

/** How many records (or fields) of each kind a run removed. */
export type RetentionCounts = Record<RetentionKind, number>

// An arbitrary constant: instances take turns, one run at a time.
const RETENTION_LOCK = 7_221_565
const DAY_MS = 86_400_000
const DETAIL_BATCH = 1000

async function tryLock(trx: Kysely<DB>): Promise<boolean> {
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
async function clearAuditDetails(
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

/**
 * Applies the retention periods once, in one transaction that also records what it removed
 * (an audit event with the counts). Returns undefined when another instance is running it.
 */
export async function runRetention(
  db: Kysely<DB>,
  opts: { days: Record<RetentionKind, number>; now?: Date },
): Promise<RetentionCounts | undefined> {
  const now = opts.now ?? new Date()
  const cutoff = (kind: RetentionKind) => new Date(now.getTime() - opts.days[kind] * DAY_MS)
  return db.transaction().execute(async (trx) => {
    if (!(await tryLock(trx))) return undefined
    const claims = await trx
      .updateTable('identity_verifications')
      .set({ claims_enc: null, claims_key_id: null })
      .where('claims_enc', 'is not', null)
      .where('created_at', '<', cutoff('identityClaims'))
      .executeTakeFirst()
    // The protocol's one-time values are worthless once a verification has expired; they are
    // overwritten (the columns are NOT NULL and unique) with values nobody can present.
    const artefacts = await trx
      .updateTable('identity_verifications')
      .set({
        state: sql<string>`'purged-' || gen_random_uuid()::text`,
        handle: sql<string>`'purged-' || gen_random_uuid()::text`,
        nonce: '',
        code_verifier: '',
        binding_code: null,
      })
      .where('expires_at', '<', cutoff('verificationArtefacts'))
      .where('state', 'not like', 'purged-%')
      .executeTakeFirst()
    const sessions = await trx
      .deleteFrom('sessions')
      .where('expires_at', '<', cutoff('expiredSessions'))
      .executeTakeFirst()
    const mailbox = await trx
      .withTables<DevMailbox>()
      .deleteFrom('dev_mailbox')
      .where('delivered_at', '<', cutoff('devMailbox'))
      .executeTakeFirst()
    const sent = await trx
      .deleteFrom('outbox')
      .where('sent_at', 'is not', null)
      .where('sent_at', '<', cutoff('sentMail'))
      .executeTakeFirst()
    const details = await clearAuditDetails(trx, cutoff('auditIp'), cutoff('auditReason'))
    const texts = await trx
      .withTables<PdpaTables>()
      .updateTable('data_subject_requests')
      .set({ details: '', outcome_note: null, texts_cleared_at: now })
      .where('status', '=', 'closed')
      .where('decided_at', '<', cutoff('requestTexts'))
      .where('texts_cleared_at', 'is', null)
      .executeTakeFirst()
    const counts: RetentionCounts = {
      identityClaims: Number(claims.numUpdatedRows),
      verificationArtefacts: Number(artefacts.numUpdatedRows),
      expiredSessions: Number(sessions.numDeletedRows),
      devMailbox: Number(mailbox.numDeletedRows),
      sentMail: Number(sent.numDeletedRows),
      auditIp: details.auditIp,
      auditReason: details.auditReason,
      requestTexts: Number(texts.numUpdatedRows),
    }
    if (RETENTION_KINDS.some((k) => counts[k] > 0))
      await recordAudit(trx, {
        actorType: 'system',
        action: 'retention.applied',
        data: { removed: counts, days: opts.days },
      })
    return counts
  })
}
