import { defineMessages } from '../../platform/i18n/index.js'

// What the audit trail's actions mean, for the registrant's history and the auditor's pages.
const th = {
  'audit.registry.person_viewed': 'เปิดดูข้อมูลผู้ลงทะเบียน (ปิดบัง)',
  'audit.registry.personal_data_revealed': 'เปิดเผยข้อมูลส่วนบุคคล',
  'audit.officer.access_refused': 'ปฏิเสธการเข้าถึง',
  'audit.account.signed_in': 'เข้าสู่ระบบ',
  'audit.account.signed_out': 'ออกจากระบบ',
  'audit.application.started': 'เริ่มคำขอ',
  'audit.application.resumed': 'กลับมาทำคำขอต่อ',
  'audit.application.email_code_wrong': 'กรอกรหัสยืนยันอีเมลผิด',
  'audit.application.submit_refused': 'ส่งคำขอไม่สำเร็จ',
  'audit.identity.verified': 'ยืนยันตัวตนผ่านธนาคารสำเร็จ',
  'audit.identity.verification_failed': 'ยืนยันตัวตนไม่สำเร็จ',
  'audit.registration.decided': 'พิจารณาโดยอัตโนมัติ',
  'audit.journey.skip_refused': 'ข้ามขั้นตอนไม่ได้',

  'audit.counter.entered': 'บันทึกคำขอที่เคาน์เตอร์',
  'audit.counter.entry_viewed': 'เปิดดูรายการที่เคาน์เตอร์',
  'audit.counter.list_viewed': 'เปิดดูรายการลงทะเบียนที่เคาน์เตอร์',
  'audit.counter.confirmed': 'ยืนยันรายการที่เคาน์เตอร์ (เจ้าหน้าที่คนที่สอง)',
  'audit.counter.rejected': 'ปฏิเสธรายการที่เคาน์เตอร์',
  'audit.counter.four_eyes_refused': 'ปฏิเสธ: ผู้บันทึกพยายามตรวจรายการของตนเอง (หลักสี่ตา)',
  'audit.audit.events_viewed': 'เปิดดูบันทึกการตรวจสอบ',
  'audit.audit.events_exported': 'ส่งออกบันทึกการตรวจสอบเป็น CSV',
  'audit.audit.trail_verified': 'ตรวจความครบถ้วนของบันทึกการตรวจสอบ',
  'audit.registration.created_at_counter': 'ลงทะเบียนที่เคาน์เตอร์ (บันทึกและตรวจโดยเจ้าหน้าที่สองคน)',
} as const

type Key = keyof typeof th

const en: Record<Key, string> = {
  'audit.registry.person_viewed': 'Registrant viewed (masked)',
  'audit.registry.personal_data_revealed': 'Personal data revealed',
  'audit.officer.access_refused': 'Access refused',
  'audit.account.signed_in': 'Signed in',
  'audit.account.signed_out': 'Signed out',
  'audit.application.started': 'Application started',
  'audit.application.resumed': 'Application resumed',
  'audit.application.email_code_wrong': 'Wrong e-mail confirmation code',
  'audit.application.submit_refused': 'Submission refused',
  'audit.identity.verified': 'Identity verified through the bank',
  'audit.identity.verification_failed': 'Identity verification failed',
  'audit.registration.decided': 'Decided automatically',
  'audit.journey.skip_refused': 'Skipping a step refused',
  'audit.counter.entered': 'Counter entry made',
  'audit.counter.entry_viewed': 'Counter entry viewed',
  'audit.counter.list_viewed': 'Counter registrations listed',
  'audit.counter.confirmed': 'Counter entry confirmed (second officer)',
  'audit.counter.rejected': 'Counter entry rejected',
  'audit.counter.four_eyes_refused':
    'Refused: the maker tried to check their own entry (four eyes)',
  'audit.audit.events_viewed': 'Audit trail viewed',
  'audit.audit.events_exported': 'Audit trail exported as CSV',
  'audit.audit.trail_verified': 'Audit trail verified',
  'audit.registration.created_at_counter':
    'Registered at the counter (entered and checked by two officers)',
}

export const auditActionText = { th, en }
export const auditActionMessages = defineMessages<Key>(auditActionText)
export type AuditActionTranslate = ReturnType<typeof auditActionMessages>

/** The label of an audit action, or the action's code when it has none. */
export function auditActionLabel(m: AuditActionTranslate, action: string): string {
  const key = `audit.${action}`
  return key in th ? m(key as Key) : action
}
