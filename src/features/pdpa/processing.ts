/**
 * What the portal processes, why, on what lawful basis and for how long: the one configuration
 * behind the registrant's "my data" page and the public record of processing (PDPA s.39).
 * Texts are data here, in Thai and English, so that a change of purpose is a reviewed change of
 * this file and shows on both pages at once.
 */
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
  service_quality: {
    th: 'สำรวจความพึงพอใจเพื่อปรับปรุงบริการ',
    en: 'Surveying satisfaction to improve the service',
  },
} as const satisfies Record<string, Text>
export type Purpose = keyof typeof PURPOSES

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
