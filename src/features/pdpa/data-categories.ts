import type { RetentionKind } from '../../platform/retention-kinds.js'
import type { LawfulBasis, Purpose, Source, Text } from './processing.js'

/** A kind of data the portal holds about a person, as the "my data" page groups it. */
export interface DataCategory {
  title: Text
  items: Text
  sources: Source[]
  purposes: Purpose[]
  bases: LawfulBasis[]
  retention: Text
  /** Short-lived records the retention job removes (platform/retention-kinds.ts). */
  retentionKind?: RetentionKind
  /** Whether an erasure request can remove it, and why (not). */
  erasure: Text
}

/** The retention most categories share; the "my data" page says it once. */
export const KEPT_WITH_REGISTRY: Text = {
  th: 'ตลอดอายุทะเบียน และอีก 10 ปีหลังทะเบียนสิ้นสุด ตามอายุความของกฎหมายศุลกากร',
  en: 'For the life of the registration and 10 years after it ends (limitation periods of customs law)',
}
/** The erasure rule most categories share; the "my data" page says it once. */
export const NO_ERASURE_REGISTRY: Text = {
  th: 'ลบไม่ได้ขณะที่กฎหมายศุลกากรกำหนดให้เก็บ (มาตรา 33 วรรคหนึ่ง (5) ประกอบมาตรา 24(4) และ (6)) แต่ขอแก้ไขให้ถูกต้องได้',
  en: 'Cannot be erased while customs law requires it to be kept (s.33(5) with s.24(4) and (6)); it can be corrected',
}

export const DATA_CATEGORIES = {
  identity: {
    title: { th: 'ข้อมูลตัวตน', en: 'Identity' },
    items: {
      th: 'เลขประจำตัวประชาชน คำนำหน้า ชื่อ-นามสกุลภาษาไทยและอังกฤษ วันเกิด สัญชาติ ที่อยู่ตามบัตรประชาชน',
      en: 'National ID number, title, Thai and English names, birth date, nationality, ID-card address',
    },
    sources: ['bank', 'counter'],
    purposes: ['registration', 'identity'],
    bases: ['public_task', 'legal_obligation'],
    retention: KEPT_WITH_REGISTRY,
    erasure: NO_ERASURE_REGISTRY,
  },
  contact: {
    title: { th: 'ข้อมูลติดต่อ', en: 'Contact details' },
    items: {
      th: 'อีเมล หมายเลขโทรศัพท์มือถือ ที่อยู่สำหรับจัดส่งเอกสาร',
      en: 'E-mail, mobile number, mailing address',
    },
    sources: ['you'],
    purposes: ['registration', 'contact'],
    bases: ['public_task'],
    retention: KEPT_WITH_REGISTRY,
    erasure: NO_ERASURE_REGISTRY,
  },
  registrations: {
    title: { th: 'ทะเบียน', en: 'Registrations' },
    items: {
      th: 'ประเภททะเบียน สถานะ วันที่มีผล ความเคลื่อนไหวทางศุลกากรล่าสุด',
      en: 'Kind of registration, status, dates, last customs activity',
    },
    sources: ['system'],
    purposes: ['registration'],
    bases: ['public_task', 'legal_obligation'],
    retention: KEPT_WITH_REGISTRY,
    erasure: NO_ERASURE_REGISTRY,
  },
  applications: {
    title: { th: 'คำขอลงทะเบียนและผลการพิจารณา', en: 'Applications and decisions' },
    items: {
      th: 'เลขอ้างอิงคำขอ สถานะ ผลการตรวจสอบแต่ละข้อ ชุดกฎที่ใช้',
      en: 'Application references, status, each rule’s result, the rule set used',
    },
    sources: ['you', 'system'],
    purposes: ['registration'],
    bases: ['public_task', 'legal_obligation'],
    retention: KEPT_WITH_REGISTRY,
    erasure: {
      th: 'ฉบับร่างที่ไม่ได้ยื่นลบได้ ผลการพิจารณาลบไม่ได้เพราะเป็นหลักฐานตามกฎหมาย',
      en: 'Drafts never submitted can be erased; decisions cannot, they are legal evidence',
    },
  },
  company: {
    title: {
      th: 'นิติบุคคลที่ท่านลงนามในฐานะกรรมการ',
      en: 'Companies you signed for as a director',
    },
    items: {
      th: 'เลขทะเบียนนิติบุคคล ชื่อกรรมการตามที่กรมพัฒนาธุรกิจการค้าเผยแพร่ วันที่ยืนยันตัวตน',
      en: 'Juristic ID, the director’s name as DBD publishes it, when you verified',
    },
    sources: ['dbd', 'bank'],
    purposes: ['company'],
    bases: ['public_task', 'legal_obligation'],
    retention: KEPT_WITH_REGISTRY,
    erasure: NO_ERASURE_REGISTRY,
  },
  authority: {
    title: { th: 'การมอบอำนาจ', en: 'Grants of authority' },
    items: {
      th: 'นิติบุคคลผู้มอบ ขอบเขตอำนาจ ระยะเวลา สถานะ อีเมลของผู้รับมอบ',
      en: 'The granting company, scopes, period, status, the grantee’s e-mail',
    },
    sources: ['directors', 'bank'],
    purposes: ['authority'],
    bases: ['public_task', 'legal_obligation'],
    retention: KEPT_WITH_REGISTRY,
    erasure: NO_ERASURE_REGISTRY,
  },
  verifications: {
    title: { th: 'การยืนยันตัวตนผ่านธนาคาร', en: 'Identity verifications' },
    items: {
      th: 'เวลา ผลลัพธ์ ระดับความน่าเชื่อถือ และข้อมูลดิบจากธนาคาร (เข้ารหัส เก็บระยะสั้น)',
      en: 'Time, result, assurance level, and the raw data from the bank (encrypted, kept briefly)',
    },
    sources: ['bank'],
    purposes: ['identity'],
    bases: ['public_task'],
    retention: {
      th: 'ข้อมูลดิบลบตามระยะเวลาที่กำหนด ผลการยืนยันเก็บพร้อมทะเบียน',
      en: 'Raw data deleted after the set period; the result is kept with the registration',
    },
    retentionKind: 'identityClaims',
    erasure: {
      th: 'ข้อมูลดิบถูกลบโดยอัตโนมัติ',
      en: 'The raw data is deleted automatically',
    },
  },
  acceptances: {
    title: {
      th: 'การยอมรับข้อกำหนดและประกาศความเป็นส่วนตัว',
      en: 'Acceptances of the Terms and the privacy notice',
    },
    items: { th: 'ฉบับที่ยอมรับและเวลา', en: 'Which version, and when' },
    sources: ['you'],
    purposes: ['registration', 'accountability'],
    bases: ['legal_obligation'],
    retention: KEPT_WITH_REGISTRY,
    erasure: NO_ERASURE_REGISTRY,
  },
  access: {
    title: { th: 'บันทึกการเข้าถึงข้อมูลของท่าน', en: 'Record of access to your data' },
    items: {
      th: 'บทบาทและหน่วยงานของเจ้าหน้าที่ เวลา การกระทำ เหตุผล',
      en: 'The officer’s role and unit, time, action, reason',
    },
    sources: ['system'],
    purposes: ['accountability'],
    bases: ['legal_obligation'],
    retention: {
      th: 'รายการเก็บถาวรและลงนามกันแก้ไข หมายเลข IP และเหตุผลลบตามระยะเวลาที่กำหนด',
      en: 'Events are kept for good and signed against tampering; IP addresses and reasons are deleted after the set periods',
    },
    retentionKind: 'auditReason',
    erasure: {
      th: 'ลบไม่ได้ เพราะเป็นหลักฐานการเข้าถึงข้อมูล',
      en: 'Cannot be erased: it is the evidence of who accessed data',
    },
  },
  requests: {
    title: { th: 'คำขอใช้สิทธิของท่าน', en: 'Your requests' },
    items: {
      th: 'ประเภทคำขอ ข้อความ วันครบกำหนด ผลการพิจารณา',
      en: 'Kind, your words, deadline, outcome',
    },
    sources: ['you'],
    purposes: ['rights'],
    bases: ['legal_obligation'],
    retention: {
      th: 'ข้อความลบตามระยะเวลาที่กำหนดหลังปิดคำขอ ประเภทและผลเก็บไว้',
      en: 'The words are deleted the set period after closing; kind and outcome are kept',
    },
    retentionKind: 'requestTexts',
    erasure: {
      th: 'ข้อความลบโดยอัตโนมัติ',
      en: 'The words are deleted automatically',
    },
  },
} as const satisfies Record<string, DataCategory>
export type CategoryId = keyof typeof DATA_CATEGORIES
