import { createHmac } from 'node:crypto'
import { withCheckDigit } from '../../../platform/thai-id.js'
import { licenceWithCheckDigit } from '../licence-number.js'
import type { LicenceAnswer, LicenceCheckRequest, LicenceStatus } from './wire.js'

// The synthetic licence registry behind the SIMULATOR (invented data, never the real
// registry's). It keeps nothing: every holder has three demo licences derived from their ID —
// one valid, one revoked, and one whose use makes the registry report a disqualifying record —
// so a tester with any identity can walk every path; and a few licences of other, fixed holders.

/** What a demo licence stands for. */
export type DemoVariant = 'valid' | 'revoked' | 'disqualified'
export const DEMO_VARIANTS: readonly DemoVariant[] = ['valid', 'revoked', 'disqualified']

const KEY = 'customs-broker-licence-registry-simulator'

/** The holder's demo licence of this variant (the same for an ID, always). */
export function demoLicenceFor(holderId: string, variant: DemoVariant): string {
  const digest = createHmac('sha256', KEY).update(`${holderId}:${variant}`).digest()
  return licenceWithCheckDigit(String(digest.readUInt32BE(0) % 100_000_000).padStart(8, '0'))
}

/** Licences held by other (invented) holders: someone else's licence, whatever its status. */
export const OTHER_HOLDERS_LICENCES: {
  licence: string
  status: LicenceStatus
  holderId: string
}[] = [
  {
    licence: licenceWithCheckDigit('10000001'),
    status: 'valid',
    holderId: withCheckDigit('390000000001'),
  },
  {
    licence: licenceWithCheckDigit('10000002'),
    status: 'valid',
    holderId: withCheckDigit('010555900001'),
  },
  {
    licence: licenceWithCheckDigit('10000003'),
    status: 'suspended',
    holderId: withCheckDigit('390000000002'),
  },
]

/** The registry's answer to one check. */
export function answerLicenceCheck(request: LicenceCheckRequest, now: Date): LicenceAnswer {
  const { licenceNumber, holderId } = request
  const own = DEMO_VARIANTS.find((v) => demoLicenceFor(holderId, v) === licenceNumber)
  const other = OTHER_HOLDERS_LICENCES.find((l) => l.licence === licenceNumber)
  const licence = own
    ? { status: own === 'revoked' ? ('revoked' as const) : ('valid' as const), holderMatches: true }
    : other
      ? { status: other.status, holderMatches: other.holderId === holderId }
      : null
  return {
    licenceNumber,
    licence,
    holder: { disqualified: own === 'disqualified' },
    checkedAt: now.toISOString(),
  }
}
