import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB, VerificationFailure } from '../../platform/db/schema.js'
import { handleOf, markFailed, selectByHandle } from './verification.repository.js'
import type { OnFailed } from './verification.types.js'

// The identity_verifications records: found by handle or id (an expired pending one recorded as
// such on the way), and a failure recorded once, with its audit event and the purpose's hook.

export type VerificationRow = NonNullable<Awaited<ReturnType<typeof selectByHandle>>>

/** Marks a pending or authenticated verification failed; false when it was already finished. */
export async function recordFailure(
  db: Kysely<DB>,
  row: VerificationRow,
  failure: VerificationFailure,
  requestId: string | null,
  onFailed: OnFailed | undefined,
  detail?: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (!(await markFailed(trx, row.id, failure, new Date()))) return false
    await recordAudit(trx, {
      actorType: 'anonymous',
      action: 'identity.verification_failed',
      subjectType: 'verification',
      subjectId: row.id,
      outcome: failure === 'invalid_response' || failure === 'not_bound' ? 'refused' : 'failed',
      requestId,
      data: { failure, purpose: row.purpose, ...(detail ? { detail: detail.slice(0, 200) } : {}) },
    })
    await onFailed?.(trx, { verificationId: row.id, applicationId: row.application_id, failure })
    return true
  })
}

/** A verification by its handle; a pending one past its time is recorded (and reported) as expired. */
export async function findVerificationByHandle(db: Kysely<DB>, handle: string, now = new Date()) {
  const row = await selectByHandle(db, handle)
  if (
    row &&
    (row.status === 'pending' || row.status === 'authenticated') &&
    row.expires_at.getTime() <= now.getTime()
  ) {
    await recordFailure(db, row, 'expired', null, undefined)
    return { ...row, status: 'failed' as const, failure: 'expired' as const }
  }
  return row
}

/** A verification by its id, as findVerificationByHandle sees it (an expired one recorded). */
export async function findVerificationById(db: Kysely<DB>, id: string, now = new Date()) {
  const handle = await handleOf(db, id)
  return handle ? findVerificationByHandle(db, handle, now) : undefined
}
