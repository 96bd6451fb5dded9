import { defineMessages } from '../../../platform/i18n/index.js'

// Reactivation after a suspension, the suspension's reason on the status page, and the pages
// both self-service changes share.
const th = {
  back: 'กลับไปหน้าทะเบียนของท่าน',
  'notYours.title': 'ไม่พบทะเบียนนี้',
  'notYours.body':
    'ไม่พบทะเบียนนี้ในทะเบียนที่ท่านดำเนินการได้ หากเป็นทะเบียนของนิติบุคคล โปรดเลือกดำเนินการในนามนิติบุคคลก่อน',
  'unavailable.title': 'ยังตรวจสอบกับกรมพัฒนาธุรกิจการค้าไม่ได้',
  'unavailable.body': 'ระบบของกรมพัฒนาธุรกิจการค้าไม่ตอบในขณะนี้ ไม่มีการเปลี่ยนแปลงใด ๆ โปรดลองอีกครั้งในภายหลัง',
  'suspended.title': 'เหตุที่ทะเบียนถูกระงับ',
  'suspended.rule': 'หลักเกณฑ์',
  'suspended.ruleValue': '{rule} (ประกาศกรมศุลกากรที่ 64/2561 และ 94/2564)',
  'suspended.last': 'ความเคลื่อนไหวทางศุลกากรล่าสุด',
  'suspended.at': 'วันที่ระงับ',
  'suspended.todo': 'สิ่งที่ต้องทำ',
  'suspended.todoValue': 'ขอกลับมาใช้งานด้วยตนเอง โดยยืนยันตัวตนผ่านแอปเป๋าตัง ไม่ต้องติดต่อเจ้าหน้าที่',
  'suspended.link': 'ขอกลับมาใช้งานทะเบียนนี้',
  'suspended.noRecord': 'ทะเบียนถูกระงับ ขอกลับมาใช้งานได้ด้วยตนเอง',
  'note.reactivated': 'กลับมาใช้งานได้อีกครั้งเมื่อ {date}',
  'note.refused': 'คำขอกลับมาใช้งานเมื่อ {date} ไม่ผ่านหลักเกณฑ์',
  'note.receipt': 'ใบรับรองผลการพิจารณา',
  'reactivate.title': 'ขอกลับมาใช้งานทะเบียน',
  'reactivate.intro':
    'ระบบจะขอให้ท่านยืนยันตัวตนผ่านแอปเป๋าตังอีกครั้ง แล้วตรวจหลักเกณฑ์ต่อไปนี้ใหม่โดยอัตโนมัติ ไม่มีเจ้าหน้าที่เกี่ยวข้อง หากผ่านทุกข้อ ทะเบียนจะกลับมาใช้งานได้ทันทีพร้อมใบรับรองฉบับใหม่',
  'reactivate.rules': 'หลักเกณฑ์ที่ตรวจ',
  'reactivate.verify': 'ยืนยันตัวตนผ่านเป๋าตัง',
  'reactivate.verified': 'ท่านยืนยันตัวตนแล้ว กดปุ่มด้านล่างเพื่อให้ระบบตรวจหลักเกณฑ์และเปิดใช้งานทะเบียน',
  'reactivate.submit': 'ขอกลับมาใช้งานทะเบียน',
  'reactivate.notSuspended': 'ทะเบียนนี้ไม่ได้ถูกระงับ จึงไม่ต้องขอกลับมาใช้งาน',
  'result.approvedTitle': 'ทะเบียนกลับมาใช้งานได้แล้ว',
  'result.approvedBody':
    'ทะเบียนผ่านหลักเกณฑ์ทุกข้อและกลับมาใช้งานได้ตั้งแต่ {date} ระบบส่งอีเมลยืนยันไปที่ {email} แล้ว',
  'result.refusedTitle': 'ยังเปิดใช้งานทะเบียนไม่ได้',
  'result.refusedBody': 'ทะเบียนยังคงถูกระงับ เพราะไม่ผ่านหลักเกณฑ์ต่อไปนี้',
  'result.todo': 'สิ่งที่ต้องทำ',
  'result.receipt': 'ดูใบรับรองผลการพิจารณา (ลงลายมือชื่ออิเล็กทรอนิกส์)',
  'todo.reactivation.same_person': 'ให้ผู้ถือทะเบียนเข้าสู่ระบบและยืนยันตัวตนด้วยตนเอง',
  'todo.reactivation.thai_national':
    'ทะเบียนบุคคลธรรมดาใช้ได้เฉพาะผู้มีสัญชาติไทย หากข้อมูลสัญชาติที่ธนาคารให้ไม่ถูกต้อง โปรดแก้ไขกับธนาคารก่อน แล้วลองอีกครั้ง',
  'todo.reactivation.assurance_level':
    'ยืนยันตัวตนกับธนาคารในระดับที่สูงขึ้น (เช่น ยืนยันด้วยบัตรประชาชนที่สาขา) แล้วลองอีกครั้ง',
  'todo.reactivation.company_active':
    'นิติบุคคลที่เลิกกิจการแล้วกลับมาใช้งานไม่ได้ หากข้อมูลกรมพัฒนาธุรกิจการค้าไม่ถูกต้อง โปรดติดต่อกรมพัฒนาธุรกิจการค้า',
  'todo.reactivation.signing_directors_listed':
    'กรรมการที่ลงนามในการลงทะเบียนไม่ได้เป็นกรรมการแล้ว โปรดยกเลิกทะเบียนนี้และลงทะเบียนใหม่โดยกรรมการปัจจุบัน',
  'todo.reactivation.acting_director_verified': 'ให้กรรมการตามข้อมูลกรมพัฒนาธุรกิจการค้าเป็นผู้ขอ',
  'mail.reactivatedSubject': 'ทะเบียนผู้นำเข้าและผู้ส่งออกของคุณกลับมาใช้งานได้แล้ว',
  'mail.reactivatedBody':
    'ทะเบียนกลับมาใช้งานได้เมื่อ {date} หลังยืนยันตัวตนผ่านธนาคารและผ่านหลักเกณฑ์ทุกข้อ\nใบรับรองผลการพิจารณา: {receipt}\nหากไม่ใช่ท่านเป็นผู้ขอ โปรดโทร 1164 ทันที',
  'mail.refusedSubject': 'คำขอกลับมาใช้งานทะเบียนไม่ผ่านหลักเกณฑ์',
  'mail.refusedBody':
    'คำขอเมื่อ {date} ไม่ผ่านหลักเกณฑ์: {rules}\nทะเบียนยังคงถูกระงับ ดูรายละเอียดและสิ่งที่ต้องทำได้ที่ {link}\nใบรับรองผลการพิจารณา: {receipt}',
}

const en: Record<keyof typeof th, string> = {
  back: 'Back to your registrations',
  'notYours.title': 'Registration not found',
  'notYours.body':
    'This registration is not one you can act on. For a company’s registration, first choose to act for the company.',
  'unavailable.title': 'The business registry (DBD) cannot be asked now',
  'unavailable.body':
    'DBD is not answering at the moment. Nothing was changed. Please try again later.',
  'suspended.title': 'Why this registration is suspended',
  'suspended.rule': 'Rule',
  'suspended.ruleValue': '{rule} (Customs Notifications 64/2561 and 94/2564)',
  'suspended.last': 'Last customs activity',
  'suspended.at': 'Suspended on',
  'suspended.todo': 'What to do',
  'suspended.todoValue':
    'Reactivate it yourself by verifying your identity in the Pao Tang app. No officer is involved.',
  'suspended.link': 'Reactivate this registration',
  'suspended.noRecord': 'This registration is suspended. You can reactivate it yourself.',
  'note.reactivated': 'Reactivated on {date}',
  'note.refused': 'A reactivation asked on {date} did not meet the rules',
  'note.receipt': 'Decision receipt',
  'reactivate.title': 'Reactivate your registration',
  'reactivate.intro':
    'You verify your identity through the Pao Tang app again, then the rules below are checked again automatically. No officer is involved. If every rule is met the registration is active at once, with a new signed receipt.',
  'reactivate.rules': 'The rules checked',
  'reactivate.verify': 'Verify through Pao Tang',
  'reactivate.verified':
    'You have verified your identity. Press the button below to have the rules checked and the registration reactivated.',
  'reactivate.submit': 'Reactivate the registration',
  'reactivate.notSuspended':
    'This registration is not suspended, so there is nothing to reactivate.',
  'result.approvedTitle': 'Your registration is active again',
  'result.approvedBody':
    'The registration met every rule and is active again from {date}. A confirmation was e-mailed to {email}.',
  'result.refusedTitle': 'The registration could not be reactivated',
  'result.refusedBody': 'The registration stays suspended because these rules were not met',
  'result.todo': 'What to do',
  'result.receipt': 'See the signed decision receipt',
  'todo.reactivation.same_person': 'The registration’s holder signs in and verifies themselves.',
  'todo.reactivation.thai_national':
    'A person’s registration is for Thai nationals only. If the nationality your bank gives is wrong, have the bank correct it, then try again.',
  'todo.reactivation.assurance_level':
    'Verify with your bank at a higher level (for example with your ID card at a branch), then try again.',
  'todo.reactivation.company_active':
    'A company that has closed cannot be reactivated. If DBD’s record is wrong, contact DBD.',
  'todo.reactivation.signing_directors_listed':
    'A director who signed the registration is no longer a director. Cancel this registration and register again with the current directors.',
  'todo.reactivation.acting_director_verified':
    'A director listed by DBD must ask for the reactivation.',
  'mail.reactivatedSubject': 'Your importer and exporter registration is active again',
  'mail.reactivatedBody':
    'The registration was reactivated on {date}, after a verification through the bank and every rule met.\nDecision receipt: {receipt}\nIf you did not ask for this, call 1164 at once.',
  'mail.refusedSubject': 'Your registration could not be reactivated',
  'mail.refusedBody':
    'The reactivation asked on {date} did not meet: {rules}\nThe registration stays suspended. See why and what to do at {link}\nDecision receipt: {receipt}',
}

export const changeMessages = defineMessages({ th, en })
export type ChangeMessage = keyof typeof th
