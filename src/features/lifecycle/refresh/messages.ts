import { defineMessages } from '../../../platform/i18n/index.js'

const th = {
  'refresh.title': 'ปรับปรุงข้อมูลจากแหล่งข้อมูล',
  'refresh.lead.bank':
    'ชื่อ นามสกุล และที่อยู่ตามบัตรประชาชนมาจากธนาคารของท่าน จึงแก้ไขเองไม่ได้ หากข้อมูลเปลี่ยน (เช่น เปลี่ยนนามสกุลหลังสมรส หรือย้ายที่อยู่ในบัตร) ให้ยืนยันตัวตนผ่านธนาคารอีกครั้ง ระบบจะรับข้อมูลใหม่และตรวจสอบตามกฎที่เผยแพร่',
  'refresh.lead.dbd':
    'กรรมการ อำนาจกรรมการ และสถานะของนิติบุคคลมาจากกรมพัฒนาธุรกิจการค้า (DBD) ระบบจะอ่านข้อมูลจาก DBD อีกครั้งและตรวจสอบตามกฎที่เผยแพร่',
  'refresh.now': 'ข้อมูลที่ใช้อยู่',
  'refresh.name': 'ชื่อ-นามสกุล',
  'refresh.idCard': 'ที่อยู่ตามบัตรประชาชน',
  'refresh.number': 'เลขทะเบียน (แสดงเพียงบางส่วน)',
  'refresh.rulesNote':
    'หากข้อมูลใหม่ไม่เป็นไปตามกฎ (เช่น นิติบุคคลเลิกกิจการ หรือกรรมการที่ลงนามไม่อยู่ในรายชื่อแล้ว) ระบบจะระงับทะเบียนโดยอัตโนมัติและแจ้งว่าต้องทำอะไร ไม่มีเจ้าหน้าที่ตัดสินแทน',
  'button.bank': 'ปรับปรุงจากธนาคารของฉัน',
  'button.bankReady': 'ธนาคารยืนยันตัวท่านแล้ว รับข้อมูลใหม่',
  'button.dbd': 'ปรับปรุงจาก DBD',
  'result.approved': 'ปรับปรุงข้อมูลแล้ว ข้อมูลใหม่เป็นไปตามกฎทุกข้อ',
  'result.refused': 'ข้อมูลใหม่ไม่เป็นไปตามกฎ ทะเบียนจึงถูกระงับ',
  'result.failed': 'กฎที่ไม่ผ่าน',
  'result.todo': 'สิ่งที่ท่านทำได้',
  'result.receipt': 'ใบรับรองผลการพิจารณา (เลขอ้างอิง {reference})',
  'result.reactivate': 'เมื่อแก้ไขแล้ว ขอกลับมาใช้งานทะเบียนได้ที่หน้าบัญชี',
  'todo.refresh_same_person': 'ยืนยันตัวตนด้วยบัญชีธนาคารของท่านเอง',
  'todo.thai_national':
    'ธนาคารแจ้งว่าท่านไม่มีสัญชาติไทย หากไม่ถูกต้อง โปรดติดต่อธนาคาร หากถูกต้อง โปรดติดต่อศูนย์บริการศุลกากร',
  'todo.assurance_level': 'ยืนยันตัวตนกับธนาคารด้วยระดับที่สูงขึ้น (เช่น ยืนยันที่สาขา) แล้วลองอีกครั้ง',
  'todo.exists_in_dbd': 'DBD ไม่พบนิติบุคคลนี้ โปรดติดต่อกรมพัฒนาธุรกิจการค้า (โทร 1570)',
  'todo.dbd_active':
    'DBD แจ้งว่านิติบุคคลไม่ได้ดำเนินกิจการ (สถานะ: {status}) หากไม่ถูกต้อง โปรดติดต่อ DBD (โทร 1570) ให้แก้ไข แล้วขอกลับมาใช้งาน',
  'todo.directors_thai': 'มีกรรมการที่ไม่มีสัญชาติไทย โปรดติดต่อศูนย์บริการศุลกากรเพื่อลงทะเบียนที่เคาน์เตอร์',
  'todo.signers_are_directors':
    'กรรมการที่ลงนามในการลงทะเบียนไม่อยู่ในรายชื่อกรรมการของ DBD แล้ว โปรดลงทะเบียนใหม่โดยกรรมการปัจจุบัน หรือติดต่อ DBD หากข้อมูลไม่ถูกต้อง',
  'todo.signing_clause_satisfied':
    'กรรมการที่ลงนามไม่ครบตามอำนาจกรรมการฉบับใหม่ โปรดลงทะเบียนใหม่โดยกรรมการที่มีอำนาจตามข้อความนั้น',
  'unavailable.title': 'ติดต่อ DBD ไม่ได้ในขณะนี้',
  'unavailable.body': 'ระบบของกรมพัฒนาธุรกิจการค้าไม่ตอบ ไม่มีอะไรเปลี่ยน โปรดลองอีกครั้งในภายหลัง',
  'suspended.title': 'ทะเบียนนี้ถูกระงับอยู่',
  'suspended.body':
    'ทะเบียนที่ถูกระงับปรับปรุงข้อมูลไม่ได้ ให้ขอกลับมาใช้งานก่อน ระบบจะตรวจสอบข้อมูลจากแหล่งข้อมูลอีกครั้ง',
  'suspended.link': 'ขอกลับมาใช้งาน',
  'history.title': 'ประวัติการปรับปรุงข้อมูล',
  'history.when': 'วันและเวลา',
  'history.source': 'แหล่งข้อมูล',
  'history.outcome': 'ผล',
  'history.receipt': 'ใบรับรอง',
  'source.bank': 'ธนาคาร',
  'from.bank': 'จากธนาคาร',
  'from.dbd': 'จาก DBD',
  'dbdStatus.closed': 'เลิกกิจการ',
  'dbdStatus.bankrupt': 'ล้มละลาย',
  'source.dbd': 'DBD',
  'outcome.approved': 'เป็นไปตามกฎ',
  'outcome.refused': 'ไม่เป็นไปตามกฎ (ระงับทะเบียน)',
  back: 'กลับไปหน้าบัญชีของท่าน',
  backCompany: 'กลับไปหน้านิติบุคคล',
  'note.approved': 'ปรับปรุงข้อมูล{from} เมื่อ {date} เป็นไปตามกฎ',
  'note.refused': 'ระงับเมื่อ {date} หลังปรับปรุงข้อมูล{from} ไม่ผ่านกฎ: {rules}',
  'note.link': 'ดูผลและสิ่งที่ต้องทำ',
  'mail.subject.approved': 'ปรับปรุงข้อมูลทะเบียนแล้ว / Your registration was updated',
  'mail.subject.refused': 'ทะเบียนถูกระงับหลังปรับปรุงข้อมูล / Your registration is suspended',
  'mail.approved': 'ข้อมูลทะเบียนได้รับการปรับปรุง{from} เมื่อ {time} และเป็นไปตามกฎทุกข้อ\nใบรับรอง: {url}',
  'mail.refused':
    'ข้อมูลใหม่{from} เมื่อ {time} ไม่เป็นไปตามกฎ: {rules}\nทะเบียนจึงถูกระงับ สิ่งที่ท่านทำได้: {todo}\nใบรับรอง: {url}',
}

const en: Record<keyof typeof th, string> = {
  'refresh.title': 'Update from the source',
  'refresh.lead.bank':
    'Your name and ID-card address come from your bank, so you cannot type them. When they change (a new surname after marriage, a new address on the card), verify through your bank again: we take the new details and check them against the published rules.',
  'refresh.lead.dbd':
    'The directors, the signing clause and the status of the company come from the Department of Business Development (DBD). We read them from DBD again and check them against the published rules.',
  'refresh.now': 'The details in use',
  'refresh.name': 'Name',
  'refresh.idCard': 'ID-card address',
  'refresh.number': 'Registration number (partly hidden)',
  'refresh.rulesNote':
    'If the new details do not meet the rules (the company closed, a director who signed no longer listed), the registration is suspended automatically and you are told what to do. No officer decides instead.',
  'button.bank': 'Update from my bank',
  'button.bankReady': 'Your bank has verified you: take the new details',
  'button.dbd': 'Update from DBD',
  'result.approved': 'Updated. The new details meet every rule.',
  'result.refused': 'The new details do not meet the rules, so the registration is suspended.',
  'result.failed': 'Rules not met',
  'result.todo': 'What you can do',
  'result.receipt': 'Decision receipt (reference {reference})',
  'result.reactivate': 'Once it is put right, reactivate the registration from your account.',
  'todo.refresh_same_person': 'Verify with your own bank account.',
  'todo.thai_national':
    'Your bank says you are not a Thai national. If that is wrong, contact your bank; if it is right, contact the Customs Service Centre.',
  'todo.assurance_level':
    'Verify with your bank at a higher level (for example at a branch), then try again.',
  'todo.exists_in_dbd':
    'DBD cannot find the company. Contact the Department of Business Development (call 1570).',
  'todo.dbd_active':
    'DBD says the company is not trading (status: {status}). If that is wrong, ask DBD (call 1570) to correct it, then reactivate the registration.',
  'todo.directors_thai':
    'A director is not a Thai national. Contact the Customs Service Centre to register at the counter.',
  'todo.signers_are_directors':
    'A director who signed the registration is no longer listed at DBD. Register again with the current directors, or contact DBD if its record is wrong.',
  'todo.signing_clause_satisfied':
    'The directors who signed no longer satisfy the new signing clause. Register again with the directors the clause names.',
  'unavailable.title': 'DBD cannot be reached just now',
  'unavailable.body':
    'The Department of Business Development’s system did not answer. Nothing has changed. Please try again later.',
  'suspended.title': 'This registration is suspended',
  'suspended.body':
    'A suspended registration cannot be updated. Reactivate it first: the data is checked again from its source.',
  'suspended.link': 'Reactivate it',
  'history.title': 'History of updates',
  'history.when': 'Date and time',
  'history.source': 'Source',
  'history.outcome': 'Result',
  'history.receipt': 'Receipt',
  'source.bank': 'Bank',
  'from.bank': 'from your bank',
  'from.dbd': 'from DBD',
  'dbdStatus.closed': 'closed',
  'dbdStatus.bankrupt': 'bankrupt',
  'source.dbd': 'DBD',
  'outcome.approved': 'Meets the rules',
  'outcome.refused': 'Does not meet the rules (suspended)',
  back: 'Back to your account',
  backCompany: 'Back to the company’s page',
  'note.approved': 'Updated {from} on {date}: meets the rules.',
  'note.refused': 'Suspended on {date} after an update {from}: not met — {rules}.',
  'note.link': 'See the result and what to do',
  'mail.subject.approved': 'ปรับปรุงข้อมูลทะเบียนแล้ว / Your registration was updated',
  'mail.subject.refused': 'ทะเบียนถูกระงับหลังปรับปรุงข้อมูล / Your registration is suspended',
  'mail.approved':
    'The registration was updated {from} at {time}; it meets every rule.\nReceipt: {url}',
  'mail.refused':
    'The new details {from} at {time} do not meet the rules: {rules}\nThe registration is suspended. What you can do: {todo}\nReceipt: {url}',
}

/** The refresh pages and e-mails, Thai and English. */
export const refreshMessages = defineMessages({ th, en })
export type RefreshMessage = keyof typeof th
