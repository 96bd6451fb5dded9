import { defineMessages } from '../../../../platform/i18n/index.js'
import { companyText } from '../../messages.js'

const th = {
  ...companyText.th,
  'done.approvedTitle': 'ลงทะเบียนนิติบุคคลสำเร็จ',
  'done.approved':
    '{company} ลงทะเบียนเป็นผู้นำเข้าและส่งออกแล้ว สถานะใช้งานได้ทันที เราส่งอีเมลแจ้งบริษัทและกรรมการทุกคนแล้ว',
  'done.refusedTitle': 'คำขอไม่ผ่านการพิจารณา',
  'done.refused': 'คำขอไม่ผ่านกฎต่อไปนี้ แต่ละข้อบอกวิธีแก้ไข',
  'done.number': 'เลขทะเบียน',
  'done.reference': 'เลขอ้างอิงคำขอ',
  'done.receipt': 'ใบรับรองผลการพิจารณา (ตรวจสอบได้)',
  'done.checks': 'ผลการตรวจแต่ละกฎ',
  'done.passed': 'ผ่าน',
  'done.failed': 'ไม่ผ่าน',
  'fix.juristic_id_check_digit': 'ตรวจเลขทะเบียนนิติบุคคลตามหนังสือรับรอง แล้วยื่นคำขอใหม่',
  'fix.exists_in_dbd': 'ตรวจเลขทะเบียนกับ DBD (โทร 1570) แล้วยื่นคำขอใหม่',
  'fix.dbd_active': 'นิติบุคคลต้องยังดำเนินกิจการอยู่ ติดต่อ DBD ถ้าสถานะไม่ถูกต้อง',
  'fix.directors_thai': 'ยื่นคำขอที่ศูนย์บริการศุลกากร (กรรมการไม่ใช่สัญชาติไทยทุกคน)',
  'fix.signers_are_directors':
    'ผู้ยืนยันตัวตนต้องเป็นกรรมการตามข้อมูล DBD ถ้ากรรมการเปลี่ยนแปลง โปรดแก้ไขที่ DBD ก่อน',
  'fix.signing_clause_satisfied': 'ให้กรรมการยืนยันตัวตนให้ครบตามอำนาจกรรมการ แล้วยื่นคำขอใหม่',
  'fix.company_not_registered': 'นิติบุคคลนี้ลงทะเบียนแล้ว กรรมการเข้าสู่ระบบเพื่อดูทะเบียน',
  'fix.signers_assurance_level': 'กรรมการทุกคนต้องยืนยันตัวตนในแอปเป๋าตังให้สมบูรณ์ (ระดับความน่าเชื่อถือเพียงพอ)',
  'fix.email_confirmed': 'ยืนยันอีเมลของบริษัทแล้วยื่นคำขอใหม่',
}

const en: Record<keyof typeof th, string> = {
  ...companyText.en,
  'done.approvedTitle': 'The company is registered',
  'done.approved':
    '{company} is registered as an importer and exporter and active now. We have e-mailed the company and every director.',
  'done.refusedTitle': 'The application was refused',
  'done.refused': 'The application did not meet these rules; each says how to fix it.',
  'done.number': 'Registration number',
  'done.reference': 'Application reference',
  'done.receipt': 'Decision receipt (verifiable)',
  'done.checks': 'Result of each rule',
  'done.passed': 'Met',
  'done.failed': 'Not met',
  'fix.juristic_id_check_digit': 'Check the juristic ID against the certificate and apply again',
  'fix.exists_in_dbd': 'Check the ID with DBD (1570) and apply again',
  'fix.dbd_active': 'The company must still be trading; contact DBD if its status is wrong',
  'fix.directors_thai': 'Apply at the Customs Service Centre (not every director is Thai)',
  'fix.signers_are_directors':
    'Those who verify must be directors listed at DBD; if the directors changed, update DBD first',
  'fix.signing_clause_satisfied':
    'Have enough directors verify for the signing authority, then apply again',
  'fix.company_not_registered':
    'The company is already registered; its directors can sign in to see it',
  'fix.signers_assurance_level':
    'Every director must complete the identity check in Pao Tang (a high enough assurance level)',
  'fix.email_confirmed': 'Confirm the company e-mail address and apply again',
}

/** The texts of the decision page, with the journey's shared ones. */
export const doneMessages = defineMessages({ th, en })
export type DoneMessage = keyof typeof th
