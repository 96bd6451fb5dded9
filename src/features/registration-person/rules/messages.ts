import { defineMessages } from '../../../platform/i18n/index.js'
import { personText } from '../messages.js'

const th = {
  ...personText.th,
  'rules.title': 'กฎการพิจารณาคำขอลงทะเบียน',
  'rules.intro':
    'คำขอทุกรายการพิจารณาโดยอัตโนมัติตามกฎด้านล่าง ผลของทุกข้อถูกบันทึกและปรากฏในใบรับรองผล เจ้าหน้าที่ไม่สามารถอนุมัติ ปฏิเสธ หรือแก้ไขผลได้',
  'rules.version': 'ชุดกฎ {id} ฉบับ {version} มีผลตั้งแต่ {date}',
  'rules.minimumIal': 'ระดับความน่าเชื่อถือขั้นต่ำของการยืนยันตัวตน: IAL {level}',
}

const en: Record<keyof typeof th, string> = {
  ...personText.en,
  'rules.title': 'Decision rules for registration',
  'rules.intro':
    'Every application is decided automatically by the rules below. Every rule result is stored and shown on the decision receipt. No officer can approve, refuse or change a decision.',
  'rules.version': 'Rule set {id}, version {version}, in force from {date}',
  'rules.minimumIal': 'Minimum identity assurance level: IAL {level}',
}

/** The texts of the rules page, with the journey's shared ones. */
export const rulesMessages = defineMessages({ th, en })
export type RulesMessage = keyof typeof th
