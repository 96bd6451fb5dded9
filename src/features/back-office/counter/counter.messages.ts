import { defineMessages } from '../../../platform/i18n/index.js'
import { counterFormText } from './counter-form.messages.js'

// The counter registration: one officer enters from the documents, a second confirms.
const th = {
  ...counterFormText.th,
  'counter.title': 'ลงทะเบียนที่เคาน์เตอร์',
  'counter.intro':
    'สำหรับผู้ที่ยืนยันตัวตนผ่านแอปธนาคารไม่ได้เท่านั้น เจ้าหน้าที่คนหนึ่งบันทึกข้อมูลจากเอกสารตัวจริง แล้วเจ้าหน้าที่อีกคนหนึ่งตรวจและยืนยัน (หลักสี่ตา) ทั้งสองคนถูกบันทึกไว้',
  'counter.noOverride': 'ทางนี้ไม่ใช่การพิจารณาคำขอออนไลน์ และไม่อนุมัติ ปฏิเสธ หรือเปลี่ยนผลการพิจารณาอัตโนมัติใด ๆ',
  'counter.home': 'บันทึกคำขอของผู้ที่ใช้แอปธนาคารไม่ได้ หรือตรวจและยืนยันรายการของเจ้าหน้าที่คนอื่น',
  'counter.new': 'บันทึกคำขอใหม่',
  'counter.pending': 'รอเจ้าหน้าที่คนที่สองตรวจ',
  'counter.noPending': 'ไม่มีรายการรอตรวจ',
  'counter.recent': 'รายการที่ตรวจแล้วล่าสุด',
  'counter.noRecent': 'ยังไม่มีรายการที่ตรวจแล้ว',
  'counter.col.reference': 'เลขที่รายการ',
  'counter.col.name': 'ชื่อผู้ขอ',
  'counter.col.enteredBy': 'บันทึกโดย',
  'counter.col.enteredAt': 'บันทึกเมื่อ',
  'counter.col.status': 'สถานะ',
  'counter.col.checkedBy': 'ตรวจโดย',
  'counter.yours': 'ท่านบันทึก ต้องให้คนอื่นตรวจ',
  'counter.status.pending': 'รอตรวจ',
  'counter.status.confirmed': 'ยืนยันแล้ว ทะเบียนมีผล',
  'counter.status.rejected': 'ปฏิเสธ',

  'entry.title': 'รายการที่เคาน์เตอร์ {reference}',
  'entry.caption': 'ลงทะเบียนที่เคาน์เตอร์',
  'entry.back': 'กลับไปรายการลงทะเบียนที่เคาน์เตอร์',
  'entry.saved': 'บันทึกแล้ว เจ้าหน้าที่คนอื่นต้องตรวจและยืนยันก่อนทะเบียนจะมีผล ท่านยืนยันรายการของตนเองไม่ได้',
  'entry.own': 'ท่านเป็นผู้บันทึกรายการนี้ เจ้าหน้าที่คนอื่นต้องเป็นผู้ตรวจ ยืนยัน หรือปฏิเสธ (หลักสี่ตา)',
  'entry.fourEyes':
    'ท่านยืนยันหรือปฏิเสธรายการที่ท่านบันทึกเองไม่ได้ ต้องเป็นเจ้าหน้าที่อีกคนหนึ่ง ความพยายามครั้งนี้ถูกบันทึกไว้แล้ว',
  'entry.decided': 'รายการนี้ตรวจแล้ว ไม่สามารถเปลี่ยนได้',
  'entry.registered': 'ผู้นี้มีทะเบียนที่ใช้งานได้อยู่แล้ว จึงสร้างทะเบียนจากรายการนี้ไม่ได้ ให้ปฏิเสธรายการพร้อมเหตุผล',
  'entry.data': 'ข้อมูลที่บันทึก',
  'entry.nameTh': 'ชื่อ-นามสกุล (ไทย)',
  'entry.nameEn': 'ชื่อ-นามสกุล (อังกฤษ)',
  'entry.record': 'การบันทึกและการตรวจ',
  'entry.status': 'สถานะ',
  'entry.enteredBy': 'บันทึกโดย',
  'entry.checkedBy': 'ตรวจโดย',
  'entry.officer': '{name} ({unit}) เมื่อ {at}',
  'entry.documents': 'เอกสารที่เห็น',
  'entry.ekycReason': 'เหตุที่ใช้แอปธนาคารไม่ได้',
  'entry.rejectionReason': 'เหตุผลที่ปฏิเสธ',
  'entry.confirmed': 'ยืนยันแล้ว ทะเบียนมีผลทันทีและแจ้งผู้ลงทะเบียนทางอีเมลแล้ว',
  'entry.rejected': 'ปฏิเสธแล้ว แจ้งผู้ขอทางอีเมลแล้ว',
  'entry.openRegistrant': 'เปิดหน้าผู้ลงทะเบียน',
  'entry.confirm.title': 'ตรวจและยืนยัน',
  'entry.confirm.intro':
    'ตรวจข้อมูลข้างบนกับสำเนาหรือเอกสารตัวจริงทีละรายการ เมื่อยืนยัน ทะเบียนจะมีผลทันทีในชื่อของท่านในฐานะผู้ตรวจ',
  'entry.confirm.matches': 'ข้าพเจ้าตรวจข้อมูลทุกรายการกับเอกสารแล้ว และตรงกัน',
  'entry.confirm.button': 'ยืนยันและสร้างทะเบียน',
  'entry.reject.title': 'ปฏิเสธรายการ',
  'entry.reject.reason': 'เหตุผลที่ปฏิเสธ',
  'entry.reject.hint':
    'เช่น ข้อมูลไม่ตรงกับเอกสาร (10 ถึง 500 ตัวอักษร) ผู้ขอได้รับอีเมลแจ้งว่าไม่สำเร็จ โดยไม่เห็นเหตุผลนี้',
  'entry.reject.button': 'ปฏิเสธรายการ',

  'mail.confirmedSubject':
    'ลงทะเบียนผู้นำเข้าและส่งออกที่เคาน์เตอร์สำเร็จ / Registered at the customs counter',
  'mail.confirmedBody':
    'ท่านได้ลงทะเบียนเป็นผู้นำเข้าและส่งออกที่เคาน์เตอร์ของกรมศุลกากรแล้ว (รายการเลขที่ {reference})\nเลขทะเบียน: {number}\nมีผลตั้งแต่: {date}\nเจ้าหน้าที่สองคนบันทึกและตรวจยืนยันจากเอกสารที่ท่านแสดง\nหากท่านไม่ได้ไปลงทะเบียนที่เคาน์เตอร์ โปรดโทร 1164 ทันที\n\nYou are registered as an importer and exporter at a Customs Department counter (entry {reference}).\nRegistration number: {number}\nValid from: {dateEn}\nTwo officers entered and checked it against the documents you showed.\nIf you did not register at a counter, call 1164 at once.',
  'mail.rejectedSubject':
    'การลงทะเบียนที่เคาน์เตอร์ไม่สำเร็จ / Your counter registration was not completed',
  'mail.rejectedBody':
    'การลงทะเบียนที่เคาน์เตอร์ รายการเลขที่ {reference} ไม่สำเร็จ โปรดติดต่อเคาน์เตอร์ของกรมศุลกากรหรือโทร 1164 พร้อมแจ้งเลขที่รายการ\n\nYour counter registration {reference} was not completed. Please contact a Customs Department counter or call 1164 with the entry number.',
} as const

type Key = keyof typeof th

const en: Record<Key, string> = {
  ...counterFormText.en,
  'counter.title': 'Counter registrations',
  'counter.intro':
    'Only for people who cannot verify their identity through the bank app. One officer enters the data from the original documents, and a second officer checks and confirms it (the four-eyes rule). Both are recorded.',
  'counter.noOverride':
    'This is not a decision on an online application, and it approves, refuses or changes no automatic decision.',
  'counter.home':
    "Enter a registration for someone who cannot use the bank app, or check and confirm another officer's entry",
  'counter.new': 'Enter a new registration',
  'counter.pending': 'Waiting for a second officer',
  'counter.noPending': 'Nothing is waiting',
  'counter.recent': 'Recently checked',
  'counter.noRecent': 'Nothing has been checked yet',
  'counter.col.reference': 'Entry',
  'counter.col.name': 'Applicant',
  'counter.col.enteredBy': 'Entered by',
  'counter.col.enteredAt': 'Entered',
  'counter.col.status': 'Status',
  'counter.col.checkedBy': 'Checked by',
  'counter.yours': 'Entered by you: someone else must check it',
  'counter.status.pending': 'Waiting',
  'counter.status.confirmed': 'Confirmed, registration active',
  'counter.status.rejected': 'Rejected',

  'entry.title': 'Counter entry {reference}',
  'entry.caption': 'Counter registration',
  'entry.back': 'Back to counter registrations',
  'entry.saved':
    'Saved. Another officer must check and confirm it before the registration takes effect. You cannot confirm your own entry.',
  'entry.own':
    'You entered this. Another officer must check it and confirm or reject it (the four-eyes rule).',
  'entry.fourEyes':
    'You cannot confirm or reject an entry you made yourself: it must be another officer. This attempt has been recorded.',
  'entry.decided': 'This entry has already been checked and cannot change',
  'entry.registered':
    'This person already has an active registration, so none can be created from this entry. Reject it with a reason.',
  'entry.data': 'Data entered',
  'entry.nameTh': 'Name (Thai)',
  'entry.nameEn': 'Name (English)',
  'entry.record': 'Entry and check',
  'entry.status': 'Status',
  'entry.enteredBy': 'Entered by',
  'entry.checkedBy': 'Checked by',
  'entry.officer': '{name} ({unit}) on {at}',
  'entry.documents': 'Documents seen',
  'entry.ekycReason': 'Why the bank app could not be used',
  'entry.rejectionReason': 'Reason for rejecting',
  'entry.confirmed':
    'Confirmed. The registration is active now and the registrant has been told by e-mail.',
  'entry.rejected': 'Rejected. The applicant has been told by e-mail.',
  'entry.openRegistrant': 'Open the registrant',
  'entry.confirm.title': 'Check and confirm',
  'entry.confirm.intro':
    'Check each item above against the copies or the original documents. When you confirm, the registration takes effect at once, with you recorded as the checker.',
  'entry.confirm.matches': 'I have checked every item against the documents and it matches',
  'entry.confirm.button': 'Confirm and register',
  'entry.reject.title': 'Reject the entry',
  'entry.reject.reason': 'Reason for rejecting',
  'entry.reject.hint':
    'For example, the data does not match the documents (10 to 500 characters). The applicant is told by e-mail that it was not completed, without this reason.',
  'entry.reject.button': 'Reject the entry',

  'mail.confirmedSubject': th['mail.confirmedSubject'],
  'mail.confirmedBody': th['mail.confirmedBody'],
  'mail.rejectedSubject': th['mail.rejectedSubject'],
  'mail.rejectedBody': th['mail.rejectedBody'],
}

export const counterMessages = defineMessages<Key>({ th, en })
export type CounterMessage = Key
export type CounterTranslate = ReturnType<typeof counterMessages>
