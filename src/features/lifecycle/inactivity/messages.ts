import { defineMessages } from '../../../platform/i18n/index.js'

// The e-mails of the inactivity rule: the warnings and the suspension.
const th = {
  'warning.subject': 'ทะเบียนผู้นำเข้าและผู้ส่งออกของคุณจะถูกระงับในอีก {days} วัน',
  'warning.body':
    'ไม่มีการผ่านพิธีการศุลกากรในนามของคุณตั้งแต่วันที่ {last}\nตามประกาศกรมศุลกากรที่ 64/2561 และ 94/2564 ทะเบียนจะถูกระงับในวันที่ {due} หากไม่มีการยื่นใบขนสินค้าภายในวันนั้น\nหากยังประกอบการอยู่ ไม่ต้องทำอะไรเพิ่ม เพียงยื่นใบขนสินค้าตามปกติ\nดูสถานะทะเบียนได้ที่ {link}',
  'suspended.subject': 'ทะเบียนผู้นำเข้าและผู้ส่งออกของคุณถูกระงับแล้ว',
  'suspended.body':
    'ทะเบียนถูกระงับเมื่อ {at} ตามหลักเกณฑ์ {rule} (ไม่มีการผ่านพิธีการศุลกากรตั้งแต่วันที่ {last})\nใช้งานอีกครั้งได้ด้วยตนเอง: เข้าสู่ระบบที่ {link} และยืนยันตัวตนผ่านธนาคาร ไม่ต้องติดต่อเจ้าหน้าที่',
  'rule.inactivity.person': 'บุคคลธรรมดา ไม่มีการผ่านพิธีการศุลกากร {months} เดือนติดต่อกัน',
  'rule.inactivity.company': 'นิติบุคคล ไม่มีการผ่านพิธีการศุลกากร {months} เดือนติดต่อกัน',
}
const en: Record<keyof typeof th, string> = {
  'warning.subject': 'Your importer and exporter registration will be suspended in {days} days',
  'warning.body':
    'No customs declaration has been lodged in your name since {last}.\nUnder Customs Notifications 64/2561 and 94/2564 the registration will be suspended on {due} unless a declaration is lodged by then.\nIf you still trade, nothing else is needed: lodge declarations as usual.\nSee your registration at {link}',
  'suspended.subject': 'Your importer and exporter registration is suspended',
  'suspended.body':
    'The registration was suspended on {at} under the rule {rule} (no customs declaration since {last}).\nReactivate it yourself: sign in at {link} and verify through your bank. No officer is involved.',
  'rule.inactivity.person': 'person, no customs activity for {months} consecutive months',
  'rule.inactivity.company': 'company, no customs activity for {months} consecutive months',
}

export const inactivityMessages = defineMessages({ th, en })
export type InactivityMessage = keyof typeof th
