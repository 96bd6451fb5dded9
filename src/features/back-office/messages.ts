import { defineMessages } from '../../platform/i18n/index.js'
import { officerText } from '../officers/index.js'

// The back office's shell: the navigation and the start page, with the officers' texts (roles);
// each section's own texts are in its folder.
const th = {
  ...officerText.th,
  'nav.label': 'เมนูเจ้าหน้าที่',
  'nav.home': 'หน้าหลัก',
  'nav.registry': 'ค้นหาผู้ลงทะเบียน',
  'nav.officers': 'จัดการเจ้าหน้าที่',
  'nav.signOut': 'ออกจากระบบ',
  'nav.signedInAs': 'เข้าสู่ระบบในชื่อ {name} ({roles})',

  'home.title': 'ระบบงานเจ้าหน้าที่',
  'home.greeting': 'สวัสดี {name}',
  'home.registry': 'ค้นหาผู้ลงทะเบียนด้วยเลขประจำตัวประชาชน ชื่อ หรืออีเมล',
  'home.officers': 'สร้างบัญชีเจ้าหน้าที่ กำหนดบทบาท และออกลิงก์ตั้งค่าบัญชีใหม่',
  'home.nothing': 'บทบาทของท่านยังไม่มีงานในส่วนนี้',
  'home.noDecisions':
    'การอนุมัติทะเบียนเป็นไปโดยอัตโนมัติตามชุดกฎที่เผยแพร่ เจ้าหน้าที่ไม่สามารถอนุมัติ ปฏิเสธ หรือเปลี่ยนผลการพิจารณาได้',

  'officer.unit': 'หน่วยงาน',
  'officer.unit.hint': 'เช่น สำนักงานศุลกากรท่าเรือกรุงเทพ',
  'officer.roles': 'บทบาท',
  'officer.roles.hint': 'ให้เฉพาะบทบาทที่งานต้องใช้',
  'officer.roles.pending': 'รออนุมัติ',
} as const

type Key = keyof typeof th

const en: Record<Key, string> = {
  ...officerText.en,
  'nav.label': 'Back office menu',
  'nav.home': 'Home',
  'nav.registry': 'Find a registrant',
  'nav.officers': 'Manage officers',
  'nav.signOut': 'Sign out',
  'nav.signedInAs': 'Signed in as {name} ({roles})',

  'home.title': 'Back office',
  'home.greeting': 'Hello {name}',
  'home.registry': 'Find registrants by national ID, name or e-mail',
  'home.officers': 'Create officer accounts, assign roles and issue new set-up links',
  'home.nothing': 'Your roles have no work in this part of the back office yet.',
  'home.noDecisions':
    'Registrations are approved automatically by the published rule set. No officer can approve, refuse or change a decision.',

  'officer.unit': 'Unit',
  'officer.unit.hint': 'For example Bangkok Port Customs Office',
  'officer.roles': 'Roles',
  'officer.roles.hint': 'Give only the roles the work needs',
  'officer.roles.pending': 'waiting for approval',
}

export const backOfficeText = { th, en }
export const backOfficeMessages = defineMessages<Key>(backOfficeText)
export type BackOfficeMessage = Key
export type BackOfficeTranslate = ReturnType<typeof backOfficeMessages>
