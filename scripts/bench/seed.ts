// Seeds verified drafts directly in the database: each is exactly what the person journey leaves at
// its "check" step, so that submitApplication decides it (and approves it) for real.
import { sql, type Kysely } from 'kysely'
import { parseReference, randomToken } from '../../src/platform/ids.js'
import type { DB } from '../../src/platform/db/schema.js'
import type { PiiCrypto } from '../../src/platform/pii-crypto.js'
import { withCheckDigit } from '../../src/platform/thai-id.js'

const BATCH = 500
// Crockford's base32, as src/platform/ids.ts uses for references.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
// A millisecond stamp per process, so that the ids look like (and sort like) UUIDv7.
const STAMP = Date.now().toString(16).padStart(12, '0').slice(-12)

export function uuidFor(tag: string, n: number): string {
  return `${STAMP.slice(0, 8)}-${STAMP.slice(8, 12)}-7${tag}-8000-${n.toString(16).padStart(12, '0')}`
}

export const applicationIdFor = (n: number) => uuidFor('a00', n)
export const personIdFor = (n: number) => uuidFor('b00', n)
const verificationIdFor = (n: number) => uuidFor('c00', n)
const profileIdFor = (n: number) => uuidFor('d00', n)
export const submitKeyFor = (n: number) => `bench-submit-${n}`

/** A valid 13-digit national ID for draft n (first digit 1; the baseline uses 3). */
export function nationalIdFor(n: number, first = '1'): string {
  return withCheckDigit(`${first}${String(n).padStart(11, '0')}`)
}

/** A unique short reference with a valid check character for draft n. */
function referenceFor(n: number): string {
  let body = ''
  for (let x = n, i = 0; i < 7; i++, x = Math.floor(x / 32)) body = (ALPHABET[x % 32] ?? '0') + body
  body = `B${body}`
  for (const c of ALPHABET) {
    const ref = parseReference(`${body}${c}`)
    if (ref) return ref
  }
  throw new Error(`no check character for ${body}`)
}

async function seedBatch(
  db: Kysely<DB>,
  crypto: PiiCrypto,
  issuer: string,
  from: number,
  to: number,
): Promise<void> {
  const now = new Date()
  const ns = Array.from({ length: to - from }, (_, i) => from + i)
  const ids = ns.map((n) => {
    const nationalId = nationalIdFor(n)
    return { n, hmac: crypto.hmac(nationalId), enc: crypto.encrypt(nationalId) }
  })
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('natural_persons')
      .values(
        ids.map(({ n, hmac, enc }) => ({
          id: personIdFor(n),
          national_id_hmac: hmac.blob,
          national_id_hmac_key_id: hmac.keyId,
          national_id_enc: enc.blob,
          national_id_enc_key_id: enc.keyId,
        })),
      )
      .execute()
    await trx
      .insertInto('applications')
      .values(
        ids.map(({ n, hmac, enc }) => ({
          id: applicationIdFor(n),
          reference: referenceFor(n),
          kind: 'person' as const,
          status: 'draft' as const,
          step: 'check',
          locale: 'th' as const,
          national_id_hmac: hmac.blob,
          national_id_enc: enc.blob,
          national_id_enc_key_id: enc.keyId,
          email: `bench.${n}@example.com`,
          email_confirmed_at: now,
          mobile: `08${String(n % 1e8).padStart(8, '0')}`,
          mailing_address: JSON.stringify({ kind: 'id-card' }),
          person_id: personIdFor(n),
          verification_id: verificationIdFor(n),
          submit_key: submitKeyFor(n),
        })),
      )
      .execute()
    await trx
      .insertInto('identity_verifications')
      .values(
        ns.map((n) => ({
          id: verificationIdFor(n),
          purpose: 'registration' as const,
          application_id: applicationIdFor(n),
          handle: randomToken(),
          state: randomToken(),
          nonce: randomToken(),
          code_verifier: randomToken(),
          issuer,
          status: 'verified' as const,
          subject: `bench-subject-${n}`,
          acr: 'urn:th:etda:ial:2.3',
          ial: '2.3',
          person_id: personIdFor(n),
          expires_at: new Date(now.getTime() + 15 * 60_000),
          completed_at: now,
        })),
      )
      .execute()
    await trx
      .insertInto('person_profiles')
      .values(
        ns.map((n) => ({
          id: profileIdFor(n),
          person_id: personIdFor(n),
          source: 'bank' as const,
          verification_id: verificationIdFor(n),
          title_th: 'นาย',
          first_name_th: 'ทดสอบ',
          last_name_th: `ภาระงาน${n}`,
          title_en: 'Mr',
          first_name_en: 'Bench',
          last_name_en: `Load${n}`,
          birth_date: '1990-01-01',
          nationality: 'THA',
        })),
      )
      .execute()
    // The journey's start step records the acceptance of the Terms and the privacy notice; the
    // person's pages ask again for any current document they have not accepted. Every version
    // on record counts as accepted here.
    await sql`
      INSERT INTO document_acceptances (id, application_id, person_id, document_id, accepted_at)
      SELECT gen_random_uuid(), a.application_id, a.person_id, d.id, ${now}
      FROM unnest(${ns.map(applicationIdFor)}::uuid[], ${ns.map(personIdFor)}::uuid[])
        AS a(application_id, person_id)
      CROSS JOIN documents d
    `.execute(trx)
  })
}

/** Seeds drafts from..to-1 in batches of multi-row INSERTs. */
export async function seedDrafts(
  db: Kysely<DB>,
  crypto: PiiCrypto,
  issuer: string,
  from: number,
  to: number,
): Promise<void> {
  for (let start = from; start < to; start += BATCH) {
    await seedBatch(db, crypto, issuer, start, Math.min(to, start + BATCH))
  }
}
