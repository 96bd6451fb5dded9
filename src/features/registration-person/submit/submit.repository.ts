import { sql, type Kysely } from 'kysely'
import type { DB } from '../../../platform/db/schema.js'

/** Everything the final submit needs, in one statement (one round trip). */
export interface SubmitFacts {
  id: string
  reference: string
  status: string
  step: string
  locale: 'th' | 'en'
  submit_key: string | null
  email: string | null
  mobile: string | null
  mailing_address: unknown
  national_id_hmac: Buffer | null
  national_id_enc: Buffer | null
  national_id_enc_key_id: string | null
  person_id: string | null
  verification_id: string | null
  email_confirmed_at: Date | null
  decision_id: string | null
  decision_outcome: 'approved' | 'refused' | null
  v_status: string | null
  v_person_id: string | null
  acr: string | null
  ial: string | null
  person_hmac: Buffer | null
  profile_id: string | null
  nationality: string | null
  live_registration: boolean
  other_submitted: boolean
}

/** The submit facts of several applications in one read (those that exist, in no order). */
export async function readSubmitFactsOf(
  db: Kysely<DB>,
  applicationIds: string[],
): Promise<SubmitFacts[]> {
  if (applicationIds.length === 0) return []
  const result = await sql<SubmitFacts>`
    SELECT a.id, a.reference, a.status, a.step, a.locale, a.submit_key, a.email, a.mobile,
           a.mailing_address, a.national_id_hmac, a.national_id_enc, a.national_id_enc_key_id,
           a.person_id, a.verification_id, a.email_confirmed_at,
           d.id AS decision_id, d.outcome AS decision_outcome,
           v.status AS v_status, v.person_id AS v_person_id, v.acr, v.ial::text AS ial,
           p.national_id_hmac AS person_hmac,
           pp.id AS profile_id, pp.nationality,
           EXISTS (SELECT 1 FROM registrations r
                   WHERE r.person_id = a.person_id AND r.kind = 'importer_exporter'
                     AND r.status IN ('ACTIVE', 'SUSPENDED')) AS live_registration,
           EXISTS (SELECT 1 FROM applications o
                   WHERE o.person_id = a.person_id AND o.status = 'submitted' AND o.id <> a.id) AS other_submitted
      FROM applications a
      LEFT JOIN decisions d ON d.application_id = a.id
      LEFT JOIN identity_verifications v ON v.id = a.verification_id
      LEFT JOIN natural_persons p ON p.id = a.person_id
      LEFT JOIN LATERAL (SELECT id, nationality FROM person_profiles
                          WHERE verification_id = a.verification_id
                          ORDER BY effective_from DESC LIMIT 1) pp ON true
     WHERE a.id IN (${sql.join(applicationIds)}) AND a.kind = 'person'`.execute(db)
  return result.rows
}
