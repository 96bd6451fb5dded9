import { defineMessages } from '../../../../platform/i18n/index.js'
import { companyText } from '../../messages.js'

const th = {
  ...companyText.th,
  'verify.title': 'ยืนยันตัวตนของท่านในฐานะกรรมการ',
  'verify.intro':
    'ท่านต้องเป็นกรรมการของ {company} ตามข้อมูล DBD ยืนยันตัวตนด้วยแอปเป๋าตังบนโทรศัพท์ของท่าน ระบบจะตรวจว่าท่านเป็นกรรมการคนใด',
  'verify.start': 'ยืนยันตัวตนด้วยแอปเป๋าตัง',
}

const en: Record<keyof typeof th, string> = {
  ...companyText.en,
  'verify.title': 'Verify your identity as a director',
  'verify.intro':
    'You must be a director of {company} as listed at DBD. Verify with the Pao Tang app on your phone; the portal finds which director you are.',
  'verify.start': 'Verify with Pao Tang',
}

/** The texts of the applicant's verification, with the journey's shared ones. */
export const verifyMessages = defineMessages({ th, en })
export type VerifyMessage = keyof typeof th
