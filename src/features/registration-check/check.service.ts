import type { Kysely } from 'kysely'
import type { DB, RegistrationStatus } from '../../platform/db/schema.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import { checkThaiId } from '../../platform/thai-id.js'
import { companyRegistrations, listedPersonRegistrations } from './check.repository.js'

/** One registration as the public may see it: never an address, an e-mail or a phone. */
export interface PublicRegistration {
  kind: 'importer_exporter' | 'customs_broker'
  status: RegistrationStatus
  validFrom: Date
  /** Null when the registration has no end date (importers and exporters). */
  validUntil: Date | null
}

/** A name in Thai, and in English when the source had one. */
export interface PublicName {
  th: string
  en: string | null
}

/**
 * The answer for one number. `not_listed` is the answer for a number nobody registered AND for
 * a person who did not choose to be listed: the two are the same value, by construction.
 */
export type CheckAnswer =
  | { number: string; result: 'invalid' }
  | { number: string; result: 'not_listed' }
  | {
      number: string
      result: 'listed'
      party: 'company' | 'person'
      name: PublicName | null
      registrations: PublicRegistration[]
    }

type Found = Omit<Extract<CheckAnswer, { result: 'listed' }>, 'number'> | { result: 'not_listed' }

/** The check with its brief cache (keyed by the number's keyed hash, never the number). */
export interface Checker {
  check(inputs: string[]): Promise<CheckAnswer[]>
  /** Drops a person's cached answer at once when they change their choice. */
  forget(hmac: Buffer): void
}

const CACHE_MAX = 10_000

/** Builds the checker: answers are kept `ttlMs` (30 s by default) in this instance. */
export function createChecker(
  deps: { db: Kysely<DB>; crypto: PiiCrypto },
  opts: { ttlMs?: number; now?: () => number } = {},
): Checker {
  const ttl = opts.ttlMs ?? 30_000
  const now = opts.now ?? Date.now
  const cache = new Map<string, { found: Found; until: number }>()

  return {
    forget(hmac) {
      cache.delete(hmac.toString('base64'))
    },
    async check(inputs) {
      const parsed = inputs.map((input) => ({ input, c: checkThaiId(input) }))
      const valid = [...new Set(parsed.flatMap((p) => (p.c.ok ? [p.c.id] : [])))]
      const keys = new Map(valid.map((id) => [id, deps.crypto.hmac(id).blob]))
      const t = now()
      const known = new Map<string, Found>()
      for (const id of valid) {
        const hit = cache.get(keyOf(keys, id))
        if (hit && hit.until > t) known.set(id, hit.found)
      }
      const ask = valid.filter((id) => !known.has(id))
      const fresh = await lookUp(deps, ask, keys)
      for (const [id, found] of fresh) {
        known.set(id, found)
        if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string)
        cache.set(keyOf(keys, id), { found, until: t + ttl })
      }
      return parsed.map(({ input, c }) => {
        if (!c.ok) return { number: input.trim().slice(0, 40), result: 'invalid' as const }
        return { number: c.id, ...(known.get(c.id) ?? { result: 'not_listed' as const }) }
      })
    },
  }
}

function keyOf(keys: Map<string, Buffer>, id: string): string {
  return (keys.get(id) as Buffer).toString('base64')
}

/**
 * Looks every number up as a company and as a person (the same two reads whatever the number):
 * the first digit of a juristic ID is 0 and a citizen's never is, but nothing here relies on it.
 */
async function lookUp(
  deps: { db: Kysely<DB>; crypto: PiiCrypto },
  ids: string[],
  keys: Map<string, Buffer>,
): Promise<Map<string, Found>> {
  const out = new Map<string, Found>()
  if (ids.length === 0) return out
  const [companies, persons] = await Promise.all([
    companyRegistrations(deps.db, ids),
    listedPersonRegistrations(
      deps.db,
      ids.map((id) => keys.get(id) as Buffer),
    ),
  ])
  const byHmac = new Map(ids.map((id) => [(keys.get(id) as Buffer).toString('base64'), id]))
  for (const row of companies) {
    const prev = out.get(row.juristic_id)
    const reg = registrationOf(row)
    if (prev && prev.result === 'listed') prev.registrations.push(reg)
    else
      out.set(row.juristic_id, {
        result: 'listed',
        party: 'company',
        name: companyName(deps.crypto, row.body_enc, row.body_key_id),
        registrations: [reg],
      })
  }
  for (const row of persons) {
    const id = byHmac.get(Buffer.from(row.national_id_hmac).toString('base64'))
    if (!id) continue
    const prev = out.get(id)
    if (prev?.result === 'listed') {
      if (prev.party === 'person') prev.registrations.push(registrationOf(row))
      continue
    }
    out.set(id, {
      result: 'listed',
      party: 'person',
      name: personName(row),
      registrations: [registrationOf(row)],
    })
  }
  for (const id of ids) if (!out.has(id)) out.set(id, { result: 'not_listed' })
  return out
}

function registrationOf(row: {
  kind: PublicRegistration['kind']
  status: RegistrationStatus
  valid_from: Date
  valid_until: Date | null
}): PublicRegistration {
  return {
    kind: row.kind,
    status: row.status,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
  }
}

/** The company's names from DBD's newest record; null when DBD was never asked. */
function companyName(
  crypto: PiiCrypto,
  blob: Buffer | null,
  keyId: string | null,
): PublicName | null {
  if (!blob || !keyId) return null
  const body = JSON.parse(crypto.decrypt({ keyId, blob })) as { nameTh?: unknown; nameEn?: unknown }
  if (typeof body.nameTh !== 'string') return null
  return {
    th: body.nameTh,
    en: typeof body.nameEn === 'string' && body.nameEn ? body.nameEn : null,
  }
}

function personName(row: {
  title_th: string | null
  first_name_th: string | null
  middle_name_th: string | null
  last_name_th: string | null
  title_en: string | null
  first_name_en: string | null
  middle_name_en: string | null
  last_name_en: string | null
}): PublicName | null {
  if (!row.first_name_th) return null
  // Thai titles join the first name ("นายสมชาย"); English ones stand apart ("Mr Somchai").
  const th = `${row.title_th ?? ''}${[row.first_name_th, row.middle_name_th, row.last_name_th]
    .filter(Boolean)
    .join(' ')}`
  const en = row.first_name_en
    ? [row.title_en, row.first_name_en, row.middle_name_en, row.last_name_en]
        .filter(Boolean)
        .join(' ')
    : null
  return { th, en }
}
