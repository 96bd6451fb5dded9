import { defineMessages } from '../../../platform/i18n/index.js'
import { vocabulary } from '../../../platform/i18n/vocabulary.js'
import { auditActionText } from '../audit-actions.messages.js'
import { registrantText } from './registrant.messages.js'

// The registry's search and reveal, with the registrant page's texts and the audit actions.
const th = {
  ...registrantText.th,
  ...auditActionText.th,
  'search.title': 'ค้นหาผู้ลงทะเบียน',
  'search.by': 'ค้นหาด้วย',
  'search.by.id': 'เลขประจำตัวประชาชน 13 หลัก',
  'search.by.id.hint': 'ค้นหาแบบตรงทั้งหมด',
  'search.by.name': 'ชื่อหรือนามสกุล (ไทยหรืออังกฤษ)',
  'search.by.name.hint': 'ส่วนหนึ่งของชื่อ อย่างน้อย 3 ตัวอักษร',
  'search.by.email': 'อีเมล',
  'search.by.email.hint': 'ค้นหาแบบตรงทั้งหมด',
  'search.q': 'คำค้นหา',
  'search.button': 'ค้นหา',
  'search.none': 'ไม่พบผู้ลงทะเบียน',
  'search.count': 'พบ {count} ราย',
  'search.tooMany': 'พบมากกว่า {cap} ราย',
  'search.capped':
    'ผลการค้นหามีมากเกินกว่าจะแสดงได้ พิมพ์ชื่อหรือนามสกุลให้ยาวขึ้น หรือค้นหาด้วยเลขประจำตัวประชาชนหรืออีเมล',
  'search.caption': 'ผลการค้นหา หน้า {page} จาก {pages}',
  'search.col.name': 'ชื่อ',
  'search.col.id': 'เลขประจำตัวประชาชน',
  'search.col.registrations': 'ทะเบียน',
  'search.noName': '(ไม่มีชื่อ)',
  'search.noRegistration': 'ยังไม่มีทะเบียน',
  'search.pages': 'หน้าผลการค้นหา',
  'search.page': 'หน้า {page} จาก {pages}',
  'search.previous': 'หน้าก่อน',
  'search.next': 'หน้าถัดไป',
  'search.error.by': 'เลือกว่าจะค้นหาด้วยอะไร',
  'search.error.id.required': 'กรอกเลขประจำตัวประชาชน',
  'search.error.id.format': 'เลขประจำตัวประชาชนต้องเป็นตัวเลข 13 หลัก',
  'search.error.id.checksum': 'เลขประจำตัวประชาชนไม่ถูกต้อง ตรวจสอบอีกครั้ง',
  'search.error.name.required': 'กรอกชื่อหรือนามสกุล',
  'search.error.name.length': 'กรอกชื่อหรือนามสกุลอย่างน้อย 3 ตัวอักษรในคำเดียวกัน และรวมไม่เกิน 100 ตัวอักษร',
  'search.error.email.required': 'กรอกอีเมล',
  'search.error.email.format': vocabulary.th.emailFormat,

  'reveal.open': 'แสดงข้อมูลที่ปิดบัง',
  'reveal.intro':
    'ระบุเหตุผลที่ต้องดูข้อมูลส่วนบุคคล การเปิดเผยทุกครั้งถูกบันทึกพร้อมชื่อของท่าน และผู้ลงทะเบียนเห็นได้ว่ามีการเข้าถึง',
  'reveal.reason': 'เหตุผล',
  'reveal.choose': 'เลือกเหตุผล',
  'reveal.reason.subject_request': 'ดำเนินการตามคำขอของเจ้าของข้อมูล',
  'reveal.reason.registrant_enquiry': 'ตอบข้อสอบถามของผู้ลงทะเบียนที่ยืนยันตัวตนแล้ว',
  'reveal.reason.registry_correction': 'ตรวจสอบความถูกต้องของทะเบียน',
  'reveal.reason.legal_request': 'คำขอจากหน่วยงานที่มีอำนาจตามกฎหมาย',
  'reveal.reason.investigation': 'การตรวจสอบหรือสอบสวนภายใน',
  'reveal.reason.other': 'อื่น ๆ',
  'reveal.text': 'รายละเอียด',
  'reveal.textHint': 'เช่น เลขที่คำขอ เลขที่เรื่อง หรือหนังสือ (10 ถึง 500 ตัวอักษร)',
  'reveal.button': 'แสดงข้อมูล',
  'reveal.error.reason': 'เลือกเหตุผล',
  'reveal.error.text.required': 'กรอกรายละเอียดของเหตุผล',
  'reveal.error.text.length': 'รายละเอียดต้องมี 10 ถึง 500 ตัวอักษร',
} as const

type Key = keyof typeof th

const en: Record<Key, string> = {
  ...registrantText.en,
  ...auditActionText.en,
  'search.title': 'Find a registrant',
  'search.by': 'Search by',
  'search.by.id': '13-digit national ID',
  'search.by.id.hint': 'Exact match',
  'search.by.name': 'Name or surname (Thai or English)',
  'search.by.name.hint': 'Part of a name, at least 3 characters',
  'search.by.email': 'E-mail address',
  'search.by.email.hint': 'Exact match',
  'search.q': 'Search for',
  'search.button': 'Search',
  'search.none': 'No registrant found',
  'search.count': '{count} found',
  'search.tooMany': 'More than {cap} found',
  'search.capped':
    'Too many registrants match to list them. Type more of the name or surname, or search by national ID or e-mail.',
  'search.caption': 'Search results, page {page} of {pages}',
  'search.col.name': 'Name',
  'search.col.id': 'National ID',
  'search.col.registrations': 'Registrations',
  'search.noName': '(no name)',
  'search.noRegistration': 'No registration yet',
  'search.pages': 'Result pages',
  'search.page': 'Page {page} of {pages}',
  'search.previous': 'Previous page',
  'search.next': 'Next page',
  'search.error.by': 'Choose what to search by',
  'search.error.id.required': 'Enter a national ID',
  'search.error.id.format': 'A national ID is 13 digits',
  'search.error.id.checksum': 'This national ID is not valid. Check it and try again',
  'search.error.name.required': 'Enter a name or surname',
  'search.error.name.length':
    'Enter at least 3 characters of one name or surname, and at most 100 in all',
  'search.error.email.required': 'Enter an e-mail address',
  'search.error.email.format': vocabulary.en.emailFormat,

  'reveal.open': 'Show the masked data',
  'reveal.intro':
    'Give the reason you need to see the personal data. Every reveal is recorded with your name, and the registrant can see that their data was accessed.',
  'reveal.reason': 'Reason',
  'reveal.choose': 'Choose a reason',
  'reveal.reason.subject_request': 'Handling a request from the data subject',
  'reveal.reason.registrant_enquiry': 'Answering an enquiry from the registrant, identity checked',
  'reveal.reason.registry_correction': 'Checking that the registry is correct',
  'reveal.reason.legal_request': 'A request from an authority with legal power',
  'reveal.reason.investigation': 'An internal audit or investigation',
  'reveal.reason.other': 'Other',
  'reveal.text': 'Details',
  'reveal.textHint': 'For example the request, case or letter number (10 to 500 characters)',
  'reveal.button': 'Show the data',
  'reveal.error.reason': 'Choose a reason',
  'reveal.error.text.required': 'Enter the details of the reason',
  'reveal.error.text.length': 'The details must be 10 to 500 characters',
}

export const registryMessages = defineMessages<Key>({ th, en })
export type RegistryMessage = Key
export type RegistryTranslate = ReturnType<typeof registryMessages>
