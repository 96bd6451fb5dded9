import { publishRuleLabels } from '../receipts/index.js'

// The renewal's published rules, re-run when the broker asks to renew (and shown on the
// page): the broker registration is ACTIVE, the renewal window is open, and the importer/
// exporter registration it rests on is still ACTIVE; then the broker application's licence
// rules (holder, in force, no disqualifying record) from a fresh answer of the licence
// registry (brokers' recheckBrokerLicence), or 'licence_on_record' failed when the
// registration has no licence on record.

export const RENEWAL_RULE_SET = { id: 'broker-renewal', version: '1' } as const
export const RENEWAL_OPENS_DAYS = 90
export const RENEWAL_YEARS = 3
const DAY_MS = 86_400_000

export type RenewalRule =
  | 'broker.renewal.active'
  | 'broker.renewal.window'
  | 'broker.renewal.base_registration'
  | 'broker.renewal.licence_on_record'

publishRuleLabels({
  'broker.renewal.active': {
    th: 'ทะเบียนตัวแทนออกของยังใช้งานได้',
    en: 'The customs broker registration is active',
  },
  'broker.renewal.window': {
    th: 'อยู่ในช่วง 90 วันก่อนวันสิ้นอายุ',
    en: 'Within 90 days before the end date',
  },
  'broker.renewal.base_registration': {
    th: 'ทะเบียนผู้นำเข้าและส่งออกยังใช้งานได้',
    en: 'The importer/exporter registration is still active',
  },
  'broker.renewal.licence_on_record': {
    th: 'มีใบอนุญาตตัวแทนออกของที่ใช้ขอทะเบียนนี้ในระบบ',
    en: 'The customs broker licence this registration was approved on is on record',
  },
})

/** The facts the rules read, all from stored records. */
export interface RenewalFacts {
  status: 'ACTIVE' | 'SUSPENDED' | 'CANCELLED' | 'EXPIRED'
  validUntil: Date | null
  baseActive: boolean
  now: Date
}

/** Each rule and whether the registration meets it (a pure function of the facts). */
export function renewalChecks(f: RenewalFacts): { rule: RenewalRule; passed: boolean }[] {
  const until = f.validUntil?.getTime()
  const now = f.now.getTime()
  return [
    { rule: 'broker.renewal.active', passed: f.status === 'ACTIVE' },
    {
      rule: 'broker.renewal.window',
      passed: until !== undefined && now < until && until - now <= RENEWAL_OPENS_DAYS * DAY_MS,
    },
    { rule: 'broker.renewal.base_registration', passed: f.baseActive },
  ]
}

/** The new end date: the old one plus three years (never from the day of payment). */
export function renewedUntil(oldValidUntil: Date): Date {
  const d = new Date(oldValidUntil)
  d.setUTCFullYear(d.getUTCFullYear() + RENEWAL_YEARS)
  return d
}
