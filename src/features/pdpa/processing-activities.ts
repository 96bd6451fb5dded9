import type { CategoryId } from './data-categories.js'
import type { LawfulBasis, Purpose, Text } from './processing.js'

/** One processing activity of the record of processing (PDPA s.39). */
export interface ProcessingActivity {
  name: Text
  purposes: Purpose[]
  subjects: Text
  categories: CategoryId[]
  bases: LawfulBasis[]
  recipients: Text
}

const NO_RECIPIENTS: Text = {
  th: 'ไม่เปิดเผยแก่ผู้อื่น เว้นแต่หน่วยงานที่มีอำนาจตามกฎหมาย',
  en: 'Not disclosed, except to authorities with legal power',
}

export const PROCESSING_ACTIVITIES: ProcessingActivity[] = [
  {
    name: { th: 'การลงทะเบียนบุคคลธรรมดา', en: 'Registering natural persons' },
    purposes: ['registration', 'identity', 'contact'],
    subjects: { th: 'ผู้ลงทะเบียนที่เป็นบุคคลธรรมดา', en: 'Natural-person registrants' },
    categories: ['identity', 'contact', 'applications', 'registrations', 'verifications'],
    bases: ['public_task', 'legal_obligation'],
    recipients: NO_RECIPIENTS,
  },
  {
    name: { th: 'การลงทะเบียนนิติบุคคล', en: 'Registering companies' },
    purposes: ['company', 'identity', 'contact'],
    subjects: {
      th: 'กรรมการผู้มีอำนาจลงนาม และผู้ติดต่อของนิติบุคคล',
      en: 'Signing directors and company contacts',
    },
    categories: [
      'identity',
      'contact',
      'company',
      'applications',
      'registrations',
      'verifications',
    ],
    bases: ['public_task', 'legal_obligation'],
    recipients: {
      th: 'ตรวจสอบกับกรมพัฒนาธุรกิจการค้า (ไม่ส่งข้อมูลส่วนบุคคลเพิ่มเติม)',
      en: 'Checked against the Department of Business Development (no further personal data sent)',
    },
  },
  {
    name: { th: 'การมอบอำนาจ', en: 'Grants of authority' },
    purposes: ['authority', 'identity'],
    subjects: { th: 'ผู้รับมอบอำนาจ และกรรมการผู้มอบ', en: 'Grantees and granting directors' },
    categories: ['identity', 'authority', 'verifications'],
    bases: ['public_task', 'legal_obligation'],
    recipients: NO_RECIPIENTS,
  },
  {
    name: {
      th: 'การบันทึกการเข้าถึงข้อมูลและการตรวจสอบย้อนหลัง',
      en: 'Access records and the audit trail',
    },
    purposes: ['accountability'],
    subjects: {
      th: 'ผู้ลงทะเบียนและเจ้าหน้าที่',
      en: 'Registrants and officers',
    },
    categories: ['access', 'acceptances'],
    bases: ['legal_obligation'],
    recipients: {
      th: 'ผู้ตรวจสอบภายในและเจ้าของข้อมูล (เห็นบทบาทและหน่วยงาน ไม่เห็นชื่อเจ้าหน้าที่)',
      en: 'Internal auditors, and the data subject (who sees role and unit, never the officer’s name)',
    },
  },
  {
    name: { th: 'คำขอใช้สิทธิของเจ้าของข้อมูล', en: 'Data-subject requests' },
    purposes: ['rights'],
    subjects: { th: 'ผู้ยื่นคำขอ', en: 'Requesters' },
    categories: ['requests'],
    bases: ['legal_obligation'],
    recipients: NO_RECIPIENTS,
  },
  {
    // src/features/survey: the invitation is personal (its journey — a registration, a
    // reactivation or a resolved help-desk ticket — and the e-mail it went to); the response is
    // not — no invitation, registrant or time, the comment screened before storing.
    name: {
      th: 'แบบสำรวจความพึงพอใจหลังลงทะเบียน',
      en: 'The satisfaction survey after a registration',
    },
    purposes: ['service_quality'],
    subjects: {
      th: 'ผู้ลงทะเบียนที่ดำเนินการเสร็จ (ออนไลน์หรือที่เคาน์เตอร์) ผู้ที่ขอใช้ทะเบียนอีกครั้ง และผู้แจ้งเรื่องต่อบริการช่วยเหลือที่ได้รับการแก้ไขแล้ว (ยกเว้นผู้ร้องเรียนการทุจริต)',
      en: 'Registrants whose registration was decided (online or at the counter) or reactivated, and help-desk reporters whose request was resolved (never a corruption complainant)',
    },
    categories: ['contact', 'applications'],
    bases: ['public_task'],
    recipients: {
      th: 'ไม่เปิดเผย คำตอบไม่ระบุตัวตน: ไม่เก็บคำเชิญ ผู้ลงทะเบียน หรือเวลาที่ตอบ และปิดบังเลขประจำตัว อีเมล และหมายเลขโทรศัพท์ในข้อเสนอแนะก่อนบันทึก',
      en: 'Not disclosed. Answers are anonymous: neither the invitation, the registrant nor the time is kept, and ID numbers, e-mail addresses and phone numbers in comments are masked before storing',
    },
  },
]
