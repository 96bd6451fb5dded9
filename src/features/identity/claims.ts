import { createHash } from 'node:crypto'
import type { IdpConfig } from '../../config.js'
import type { IdCardAddress } from '../../platform/db/schema.js'
import { checkThaiId } from '../../platform/thai-id.js'

/** The person as the bank verified them, in our shape. */
export interface VerifiedPerson {
  nationalId: string | undefined
  titleTh: string | null
  firstNameTh: string
  middleNameTh: string | null
  lastNameTh: string
  titleEn: string | null
  firstNameEn: string | null
  middleNameEn: string | null
  lastNameEn: string | null
  /** YYYY-MM-DD, Gregorian; day or month may be 00 where DOPA does not know them. */
  birthDate: string | null
  nationality: string | null
  address: IdCardAddress | null
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().normalize('NFC') : null
}

/** Birth dates may arrive in the Buddhist Era (year > 2400) and with 00 for unknown day/month. */
export function normaliseBirthDate(value: unknown): string | null {
  const text = str(value)
  if (!text) return null
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text)
  if (!m) return null
  const year = Number(m[1])
  const gregorian = year > 2400 ? year - 543 : year
  return `${String(gregorian).padStart(4, '0')}-${m[2]}-${m[3]}`
}

function address(value: unknown): IdCardAddress | null {
  if (typeof value === 'string') return { formatted: value }
  if (!value || typeof value !== 'object') return null
  const a = value as Record<string, unknown>
  const out: IdCardAddress = {}
  const set = (key: keyof IdCardAddress, v: unknown) => {
    const s = str(v)
    if (s) out[key] = s
  }
  set('houseNo', a.house_no ?? a.houseNo)
  set('moo', a.moo)
  set('soi', a.soi)
  set('road', a.road ?? a.street_address)
  set('subdistrict', a.subdistrict)
  set('district', a.district ?? a.locality)
  set('province', a.province ?? a.region)
  set('postcode', a.postal_code ?? a.postcode)
  set('formatted', a.formatted)
  return Object.keys(out).length > 0 ? out : null
}

/** Maps the provider's claims to our fields through the configured claim map. */
export function mapClaims(
  claims: Record<string, unknown>,
  claimMap: IdpConfig['claimMap'],
): VerifiedPerson {
  const get = (field: string) => claims[claimMap[field] ?? field]
  const id = str(get('nationalId'))
  const checked = id ? checkThaiId(id) : undefined
  return {
    nationalId: checked?.ok ? checked.id : undefined,
    titleTh: str(get('titleTh')),
    firstNameTh: str(get('firstNameTh')) ?? '',
    middleNameTh: str(get('middleNameTh')),
    lastNameTh: str(get('lastNameTh')) ?? '',
    titleEn: str(get('titleEn')),
    firstNameEn: str(get('firstNameEn')),
    middleNameEn: str(get('middleNameEn')),
    lastNameEn: str(get('lastNameEn')),
    birthDate: normaliseBirthDate(get('birthDate')),
    nationality: str(get('nationality'))?.toUpperCase() ?? null,
    address: address(get('address')),
  }
}

/** The ETDA assurance level of an acr value; undefined when the value is not configured. */
export function assuranceLevel(
  acr: string | undefined,
  levels: IdpConfig['acrLevels'],
): number | undefined {
  return acr !== undefined && Object.hasOwn(levels, acr) ? levels[acr] : undefined
}

/** A digest of the claims as received, kept after the claims themselves are deleted. */
export function claimsDigest(claims: Record<string, unknown>): string {
  const sorted = Object.fromEntries(Object.entries(claims).sort(([a], [b]) => a.localeCompare(b)))
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex')
}
