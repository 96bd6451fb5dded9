/**
 * What the portal processes, why, on what lawful basis and for how long: the one configuration
 * behind the registrant's "my data" page and the public record of processing (PDPA s.39).
 * Texts are data here, in Thai and English, so that a change of purpose is a reviewed change of
 * this file and shows on both pages at once.
 */
import type { RetentionKind } from '../../platform/retention-kinds.js'

export interface Text {
  th: string
  en: string
}

/** The data controller, as s.39 asks it to be named. */
export const CONTROLLER = {
  name: { th: 'กรมศุลกากร', en: 'The Customs Department' },
  address: {
    th: '1 ถนนสุนทรโกษา แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110',
    en: '1 Sunthornkosa Road, Khlong Toei, Bangkok 10110',
  },
  dpo: { th: 'เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล', en: 'Data protection officer' },
} as const

export const LAWFUL_BASES = {
  public_task: {
    ref: { th: 'มาตรา 24(4)', en: 'Section 24(4)' },
    text: {
      th: 'การปฏิบัติหน้าที่ในการดำเนินภารกิจเพื่อประโยชน์สาธารณะหรือการใช้อำนาจรัฐ',
      en: 'A public task or the exercise of official authority',
    },
  },
  legal_obligation: {
    ref: { th: 'มาตรา 24(6)', en: 'Section 24(6)' },
    text: { th: 'การปฏิบัติตามกฎหมาย', en: 'Compliance with a legal obligation' },
  },
} as const satisfies Record<string, { ref: Text; text: Text }>
export type LawfulBasis = keyof typeof LAWFUL_BASES

export const SOURCES = {
  bank: { th: 'ธนาคาร', en: 'Your bank' },
  dbd: { th: 'กรมพัฒนาธุรกิจการค้า', en: 'Department of Business Development' },
  you: { th: 'ท่านกรอกเอง', en: 'Typed by you' },
  system: { th: 'ระบบ (ผลการพิจารณาอัตโนมัติ)', en: 'The portal (automatic decision)' },
  counter: { th: 'เจ้าหน้าที่ ณ เคาน์เตอร์', en: 'An officer at the counter' },
  directors: { th: 'กรรมการของนิติบุคคล', en: 'The company’s directors' },
} as const satisfies Record<string, Text>
export type Source = keyof typeof SOURCES

export const PURPOSES = {
  registration: {
    th: 'ลงทะเบียนผู้นำเข้าและส่งออกตามกฎหมายศุลกากร',
    en: 'Registering importers and exporters under customs law',
  },
  identity: {
    th: 'พิสูจน์และยืนยันตัวตนผ่านธนาคาร',
    en: 'Proving identity through the bank',
  },
  company: {
    th: 'ลงทะเบียนนิติบุคคลและตรวจสอบกรรมการผู้มีอำนาจลงนาม',
    en: 'Registering companies and checking their signing directors',
  },
  authority: {
    th: 'การมอบอำนาจตามประกาศกรมศุลกากรที่ 94/2564',
    en: 'Authority granted under Customs Notification 94/2564',
  },
  contact: {
    th: 'ติดต่อท่านเรื่องทะเบียนและแจ้งเตือนการเข้าสู่ระบบ',
    en: 'Contacting you about your registration and sign-ins',
  },
  accountability: {
    th: 'บันทึกการเข้าถึงข้อมูลเพื่อความโปร่งใสและตรวจสอบได้',
    en: 'Recording access to data for transparency and audit',
  },
  rights: {
    th: 'ดำเนินการตามคำขอใช้สิทธิของเจ้าของข้อมูล',
    en: 'Handling data-subject requests',
  },
} as const satisfies Record<string, Text>
export type Purpose = keyof typeof PURPOSES

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

const KEPT_WITH_REGISTRY: Text = {
  th: 'ตลอดอายุทะเบียน และอีก 10 ปีหลังทะเบียนสิ้นสุด ตามอายุความของกฎหมายศุลกากร',
  en: 'For the life of the registration and 10 years after it ends (limitation periods of customs law)',
}
const NO_ERASURE_REGISTRY: Text = {
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
]

/** Measures that apply to every activity (s.39(8) asks for a description). */
export const SECURITY_MEASURES: Text[] = [
  {
    th: 'เลขประจำตัวประชาชนเข้ารหัส AES-256-GCM และค้นหาผ่านค่าแฮชแบบมีกุญแจ (HMAC) ไม่ปรากฏในบันทึกระบบหรือ URL',
    en: 'National IDs encrypted with AES-256-GCM and looked up through a keyed hash (HMAC); never in logs or URLs',
  },
  {
    th: 'เจ้าหน้าที่เห็นข้อมูลแบบปิดบังโดยค่าเริ่มต้น การเปิดดูต้องระบุเหตุผลและถูกบันทึก',
    en: 'Officers see masked data by default; revealing it needs a reason and is recorded',
  },
  {
    th: 'สิทธิ์ตามบทบาทน้อยที่สุดเท่าที่จำเป็น ตรวจทั้งที่หน้าเว็บและในบริการ',
    en: 'Least-privilege roles, checked on every page and again in the service',
  },
  {
    th: 'บันทึกตรวจสอบย้อนหลังแบบเพิ่มได้อย่างเดียว เชื่อมโยงด้วยแฮชและลงนามดิจิทัล',
    en: 'An append-only audit trail, hash-linked and digitally signed',
  },
  {
    th: 'ไม่มีข้อมูลชีวมิติส่งมาถึงกรมศุลกากร',
    en: 'No biometric data ever reaches the Customs Department',
  },
]

/** Officers' reveal reasons whose free text is withheld from the registrant (s.24, s.26 exemptions). */
export const WITHHELD_REASON_CODES: readonly string[] = ['investigation', 'legal_request']

/** The days PDPA s.30 allows to answer a request, counted from the day after receipt. */
export const REQUEST_DEADLINE_DAYS = 30

/** Days before the deadline the data-protection officer is reminded. */
export const REMINDER_DAYS_BEFORE = { due_in_7_days: 7, due_in_1_day: 1 } as const
