import { defineMessages } from '../../../platform/i18n/index.js'
import { companyText } from '../messages.js'

// E-mails go out in both languages at once (Thai first), so their texts are written once.
const bilingualMail = {
  'mail.expiredSubject':
    'ลิงก์ของกรรมการหมดอายุ คำขอ {reference} / A director’s link expired, application {reference}',
  'mail.expiredBody':
    'ลิงก์ยืนยันตัวตนของ {director} สำหรับคำขอ {reference} หมดอายุแล้ว ส่งลิงก์ใหม่ได้จากหน้าสถานะคำขอ หรือกรรมการขอลิงก์ใหม่ได้จากลิงก์เดิม\n{link}\n\nThe identity link of {director} for application {reference} has expired. Send a new one from the application’s status page, or the director can ask for a new one from the old link.',
  'mail.decidedSubjectApproved': '{company} ลงทะเบียนผู้นำเข้าและส่งออกสำเร็จ / {company} is registered',
  'mail.decidedSubjectRefused': 'ผลการพิจารณาคำขอลงทะเบียนของ {company} / Decision on {company}',
  'mail.decidedBody':
    'ผลการพิจารณาคำขอเลขอ้างอิง {reference} ของ {company} (เลขทะเบียนนิติบุคคล {juristicId}): {outcome}\nตรวจสอบใบรับรองผล: {link}\n\nDecision on application {reference} of {company} (juristic ID {juristicId}): {outcomeEn}\nVerify the receipt: {link}',
}

const th = {
  ...companyText.th,
  ...bilingualMail,
}

const en: Record<keyof typeof th, string> = {
  ...companyText.en,
  ...bilingualMail,
}

/** The e-mails of the decision and the sweep, with the journey's shared texts. */
export const submitMessages = defineMessages({ th, en })
export type SubmitMessage = keyof typeof th
