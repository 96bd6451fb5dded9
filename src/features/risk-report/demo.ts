import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import { insertVersion } from '../documents/index.js'
import {
  demoCampaign,
  demoLegacy,
  demoRegistrations,
  demoStaff,
  demoSurvey,
  demoWouldCollide,
} from './demo.repository.js'
import { insertRegister } from './register-writes.repository.js'
import { seedRegister } from './seed-register.js'

// The demo data set behind the FY 2566 report: raw records only, from which the report computes
// 7,522 registrations as of 24 January 2023, 86.77 % in December 2022, 5,963 of 6,229 = 95.72 %
// and the policy's version and date. Bangkok midnight is 17:00 UTC the day before.

const BKK = (date: string, time = '00:00') => `${date}T${time}:00+07:00`

export class DemoDataPresent extends Error {}

/** Loads the demo data set into an empty data directory (refused otherwise); the register's id. */
export async function loadReportDemo(
  db: Kysely<DB>,
  officerId: string,
): Promise<{ registerId: string; campaignId: string }> {
  return db.transaction().execute(async (trx) => {
    if (await demoWouldCollide(trx))
      throw new DemoDataPresent('the data directory already holds records')
    // The portal: persons from the pilot (1 Jul 2021), companies from 3 Aug 2022.
    await demoRegistrations(trx, {
      n: 4870,
      tag: 'demo-p',
      party: 'person',
      channel: 'online',
      from: BKK('2021-07-01', '09:00'),
      to: BKK('2023-01-24', '23:59'),
    })
    await demoRegistrations(trx, {
      n: 2652,
      tag: 'demo-c',
      party: 'company',
      channel: 'online',
      from: BKK('2022-08-03', '09:00'),
      to: BKK('2023-01-24', '18:30'),
    })
    // After the report's date, and at the counter: not in the 7,522.
    await demoRegistrations(trx, {
      n: 240,
      tag: 'demo-late',
      party: 'person',
      channel: 'online',
      from: BKK('2023-01-25', '00:00'),
      to: BKK('2023-03-31', '16:00'),
    })
    await demoRegistrations(trx, {
      n: 150,
      tag: 'demo-ctr',
      party: 'person',
      channel: 'counter',
      from: BKK('2021-07-01', '10:00'),
      to: BKK('2023-01-20', '15:00'),
    })
    // The old "Online Customs Registration" channel.
    await demoLegacy(trx, {
      n: 2100,
      from: '2019-01-02',
      to: '2021-06-30',
      importId: newId(),
      officerId,
    })
    // December 2022: 1,089 of 1,255 opinions at the top two levels (45 "no opinion").
    await demoSurvey(trx, {
      month: '2022-12',
      invited: 1800,
      levels: { 5: 600, 4: 489, 3: 120, 2: 36, 1: 10, 0: 45 },
    })
    await demoStaff(trx, { n: 6229, units: 12 })
    const code = await insertVersion(trx, 'ethics_code', {
      titleTh: 'ข้อกำหนดจริยธรรมของกรมศุลกากร พ.ศ. 2565',
      titleEn: 'Customs Code of Ethics B.E. 2565',
      bodyTh: 'เจ้าหน้าที่ศุลกากรพึงยึดมั่นในความซื่อสัตย์สุจริต (ข้อความตัวอย่าง)',
      bodyEn: 'Customs officers shall act with integrity (sample text).',
      effectiveOn: '2022-12-23',
      publishedAt: new Date(BKK('2022-12-23', '10:00')),
    })
    const campaignId = newId()
    await demoCampaign(trx, {
      id: campaignId,
      documentId: code.id,
      sha256: code.sha256,
      startsOn: '2023-02-14',
      endsOn: '2023-03-17',
      signed: 5963,
      officerId,
    })
    await insertVersion(trx, 'policy', {
      titleTh: 'นโยบายคุ้มครองข้อมูลส่วนบุคคล กรมศุลกากร พ.ศ. 2566',
      titleEn: 'Customs Department Personal Data Protection Policy B.E. 2566 (2023)',
      bodyTh: 'กรมศุลกากรให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคล (ข้อความตัวอย่าง)',
      bodyEn: 'The Customs Department protects personal data (sample text).',
      effectiveOn: '2023-01-31',
      publishedAt: new Date(BKK('2023-01-31', '10:00')),
    })
    const registerId = await insertRegister(trx, seedRegister({ campaignId }), { officerId })
    return { registerId, campaignId }
  })
}
