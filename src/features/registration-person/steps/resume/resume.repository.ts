import { sql, type Kysely } from 'kysely'
import type { DB } from '../../../../platform/db/schema.js'

// The drafts whose applicant has left, for the "continue your application" e-mail.

/** A draft the resume e-mail goes to. */
export interface IdleDraft {
  id: string
  reference: string
  locale: 'th' | 'en'
  email: string
}

/**
 * Person drafts with an e-mail, no resume link out, unchanged for idleMs, and no session that
 * is still alive holding them (by the jobs' clock): their applicant has left.
 */
export async function idleDrafts(
  db: Kysely<DB>,
  now: Date,
  idleMs: number,
  limit = 200,
): Promise<IdleDraft[]> {
  const before = new Date(now.getTime() - idleMs)
  const result = await sql<IdleDraft>`
    SELECT a.id, a.reference, a.locale, a.email
      FROM applications a
     WHERE a.kind = 'person' AND a.status = 'draft' AND a.email IS NOT NULL
       AND a.resume_token_hash IS NULL AND a.updated_at <= ${before}
       AND NOT EXISTS (SELECT 1 FROM sessions s
                        WHERE s.expires_at > ${now}
                          AND s.data ->> 'applicationId' = a.id::text)
     ORDER BY a.updated_at
     LIMIT ${limit}`.execute(db)
  return result.rows
}

/**
 * Stores the hash of a new resume link's token (an older link stops working). `onlyIfNone`
 * claims the draft for the idle e-mail: false when a link went out meanwhile.
 */
export async function setResumeToken(
  trx: Kysely<DB>,
  applicationId: string,
  tokenHash: Buffer,
  opts: { onlyIfNone: boolean },
): Promise<boolean> {
  let q = trx
    .updateTable('applications')
    .set({ resume_token_hash: tokenHash })
    .where('id', '=', applicationId)
    .where('status', '=', 'draft')
  if (opts.onlyIfNone) q = q.where('resume_token_hash', 'is', null)
  const r = await q.executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}
