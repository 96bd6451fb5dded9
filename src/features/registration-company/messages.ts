import { defineMessages } from '../../platform/i18n/index.js'

const th = {
  'start.title': 'ลงทะเบียนนิติบุคคลเป็นผู้นำเข้าและส่งออก',
  'session.noApplication':
    'ไม่พบคำขอของท่านในเบราว์เซอร์นี้ อาจเป็นเพราะเซสชันหมดอายุ โปรดเริ่มใหม่จากหน้าแรกของบริการ',
  'precheck.nameTh': 'ชื่อ (ภาษาไทย)',
  'unavailable.title': 'ติดต่อกรมพัฒนาธุรกิจการค้าไม่ได้ในขณะนี้',
  'unavailable.body':
    'ระบบของ DBD ไม่ตอบในขณะนี้ โปรดลองใหม่อีกครั้งในอีกสักครู่ ข้อมูลที่ท่านกรอกไว้ยังอยู่ครบ ระบบจะไม่พิจารณาคำขอจากข้อมูลที่ไม่ครบ',
  'unavailable.retry': 'ลองอีกครั้ง',
  'contact.name': 'ชื่อผู้ติดต่อ',
  'contact.email': 'อีเมลของบริษัท',
  'contact.phone': 'หมายเลขโทรศัพท์',
  'check.company': 'นิติบุคคล',
  'check.signers': 'กรรมการผู้ลงนาม',
  'check.juristicId': 'เลขทะเบียนนิติบุคคล',
  'signer.status.verified': 'ยืนยันตัวตนแล้ว',
  'signer.status.invited': 'รอยืนยันตัวตน (ลิงก์ใช้ได้ถึง {time})',
  'signer.status.expired': 'ลิงก์หมดอายุ',
  'signer.status.withdrawn': 'ยกเลิกแล้ว',
  'signer.basis.name': 'จับคู่จากชื่อ เพราะ DBD ไม่ได้ให้เลขประจำตัวประชาชนของกรรมการผู้นี้ (หลักฐานที่อ่อนกว่า)',
  'signer.you': '(ท่าน)',
  'status.state.draft': 'ยังกรอกไม่ครบ',
  'status.state.submitted': 'ยื่นแล้ว รอกรรมการยืนยันตัวตนให้ครบ',
  'status.state.approved': 'อนุมัติแล้ว',
  'status.state.refused': 'ไม่อนุมัติ',
  'status.state.expired': 'หมดอายุ',
}

const en: Record<keyof typeof th, string> = {
  'start.title': 'Register a company as an importer and exporter',
  'session.noApplication':
    'We cannot find your application in this browser, perhaps because your session ended. Please start again from the service’s first page.',
  'precheck.nameTh': 'Name (Thai)',
  'unavailable.title': 'We cannot reach the Department of Business Development',
  'unavailable.body':
    'DBD is not answering at the moment. Please try again in a little while — everything you entered is kept. The portal never decides on incomplete data.',
  'unavailable.retry': 'Try again',
  'contact.name': 'Contact name',
  'contact.email': 'Company e-mail address',
  'contact.phone': 'Phone number',
  'check.company': 'Company',
  'check.signers': 'Signing directors',
  'check.juristicId': 'Juristic ID',
  'signer.status.verified': 'Verified',
  'signer.status.invited': 'Waiting (link valid until {time})',
  'signer.status.expired': 'Link expired',
  'signer.status.withdrawn': 'Withdrawn',
  'signer.basis.name':
    'Matched on the name, because DBD gives no national ID for this director (weaker evidence)',
  'signer.you': '(you)',
  'status.state.draft': 'Not finished',
  'status.state.submitted': 'Applied; waiting for directors to verify',
  'status.state.approved': 'Approved',
  'status.state.refused': 'Refused',
  'status.state.expired': 'Expired',
}

/** The texts several parts of the company journey use; each step's catalogue adds its own. */
export const companyText = { th, en }
export const companyMessages = defineMessages(companyText)
export type CompanyMessage = keyof typeof th
