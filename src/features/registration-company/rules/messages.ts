import { defineMessages } from '../../../platform/i18n/index.js'

const th = {
  'rules.title': 'กฎการพิจารณาคำขอของนิติบุคคล',
  'rules.version': 'ฉบับที่ {version} มีผลตั้งแต่ {date}',
  'rules.intro':
    'ระบบพิจารณาคำขอโดยอัตโนมัติตามกฎเหล่านี้ทุกข้อ ไม่มีเจ้าหน้าที่อนุมัติ ปฏิเสธ หรือเปลี่ยนผล ผลของแต่ละข้อถูกบันทึกพร้อมข้อเท็จจริงที่ใช้',
  'rules.seal':
    'อำนาจกรรมการที่กำหนดให้ประทับตราสำคัญ: ทางออนไลน์ การยืนยันตัวตนและความยินยอมของกรรมการผู้ลงนามแต่ละคนใช้แทนการประทับตรา',
  'rules.statuses': 'สถานะที่ลงทะเบียนได้: ยังดำเนินกิจการอยู่ และฟื้นฟูสถานะแล้ว',
}

const en: Record<keyof typeof th, string> = {
  'rules.title': 'Rules for company applications',
  'rules.version': 'Version {version}, in force from {date}',
  'rules.intro':
    'Every application is decided automatically on all of these rules. No officer approves, refuses or changes a result. The result of each rule is stored with the facts it used.',
  'rules.seal':
    'Where the signing authority requires the company seal: online, the verified identity and consent of each signing director stands for the seal.',
  'rules.statuses': 'Statuses that may register: active, and restored.',
}

/** The texts of the published company rule set. */
export const rulesMessages = defineMessages({ th, en })
export type RulesMessage = keyof typeof th
