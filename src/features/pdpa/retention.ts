import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { RETENTION_KINDS, type RetentionKind } from '../../platform/retention-kinds.js'
import {
  clearAuditDetails,
  clearIdentityClaims,
  clearRequestTexts,
  deleteDevMail,
  deleteExpiredSessions,
  deleteSentMail,
  purgeVerificationArtefacts,
  tryRetentionLock,
} from './retention.repository.js'

/** How many records (or fields) of each kind a run removed. */
export type RetentionCounts = Record<RetentionKind, number>

const DAY_MS = 86_400_000

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
    if (!(await tryRetentionLock(trx))) return undefined
    const identityClaims = await clearIdentityClaims(trx, cutoff('identityClaims'))
    const verificationArtefacts = await purgeVerificationArtefacts(
      trx,
      cutoff('verificationArtefacts'),
    )
    const expiredSessions = await deleteExpiredSessions(trx, cutoff('expiredSessions'))
    const devMailbox = await deleteDevMail(trx, cutoff('devMailbox'))
    const sentMail = await deleteSentMail(trx, cutoff('sentMail'))
    const details = await clearAuditDetails(trx, cutoff('auditIp'), cutoff('auditReason'))
    const requestTexts = await clearRequestTexts(trx, cutoff('requestTexts'), now)
    const counts: RetentionCounts = {
      identityClaims,
      verificationArtefacts,
      expiredSessions,
      devMailbox,
      sentMail,
      auditIp: details.auditIp,
      auditReason: details.auditReason,
      requestTexts,
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
