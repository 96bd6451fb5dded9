import { defineMessages } from '../../../platform/i18n/index.js'
import { backOfficeText } from '../messages.js'

// The administrator's pages: officers, their roles, units, addresses and enrolment links.
const th = {
  ...backOfficeText.th,
  'officer.username': 'ชื่อผู้ใช้',
  'officer.username.hint': 'ตัวอักษรอังกฤษพิมพ์เล็ก ตัวเลข จุด ขีด หรือขีดล่าง 3 ถึง 64 ตัว',
  'officer.name': 'ชื่อ-นามสกุล',
  'officer.status': 'สถานะบัญชี',
  'officer.status.pending': 'รอตั้งค่าบัญชี',
  'officer.status.active': 'ใช้งานได้',
  'officer.status.disabled': 'ระงับการใช้งาน',
  'officer.lastSignIn': 'เข้าสู่ระบบล่าสุด',
  'officer.email': 'อีเมลที่ทำงาน',
  'officer.email.hint': 'ลิงก์ตั้งค่าบัญชีส่งไปที่อีเมลนี้เท่านั้น การเปลี่ยนอีเมลต้องมีผู้ดูแลระบบอีกท่านอนุมัติ',
  'officer.email.none': 'ยังไม่มี',
  'officer.email.confirmed': '{email} (ยืนยันแล้ว)',
  'officer.email.unconfirmed': '{email} (ยังไม่มีผู้ดูแลระบบท่านที่สองยืนยัน)',
  'officers.resetNoEmail': 'บัญชีนี้ยังไม่มีอีเมล กรอกอีเมลแล้วรอผู้ดูแลระบบอีกท่านอนุมัติก่อนส่งลิงก์ใหม่',

  'officers.title': 'เจ้าหน้าที่',
  'officers.new': 'สร้างบัญชีเจ้าหน้าที่',
  'officers.create': 'สร้างบัญชี',
  'officers.save': 'บันทึก',
  'officers.back': 'กลับไปรายชื่อเจ้าหน้าที่',
  'officers.self': 'ท่านไม่สามารถเปลี่ยนบทบาทหรือการเข้าสู่ระบบของบัญชีตนเองได้ ให้ผู้ดูแลระบบอีกท่านดำเนินการ',
  'officers.resetTitle': 'ตั้งค่าบัญชีใหม่',
  'officers.resetIntro':
    'เมื่อเจ้าหน้าที่ทำโทรศัพท์หายหรือลืมรหัสผ่าน: ยกเลิกรหัสผ่าน แอปยืนยันตัวตน และรหัสสำรองเดิม แล้วส่งลิงก์ตั้งค่าบัญชีใหม่ไปที่อีเมลของเจ้าหน้าที่',
  'officers.reset': 'ออกลิงก์ตั้งค่าบัญชีใหม่',
  'officers.error.username.required': 'กรอกชื่อผู้ใช้',
  'officers.error.username.format': 'ชื่อผู้ใช้ต้องเป็นตัวอักษรอังกฤษพิมพ์เล็ก ตัวเลข จุด ขีด หรือขีดล่าง 3 ถึง 64 ตัว',
  'officers.error.username.taken': 'มีชื่อผู้ใช้นี้แล้ว',
  'officers.error.displayName.required': 'กรอกชื่อ-นามสกุล',
  'officers.error.displayName.long': 'ชื่อ-นามสกุลต้องไม่เกิน 200 ตัวอักษร',
  'officers.error.unit.required': 'กรอกหน่วยงาน',
  'officers.error.unit.long': 'ชื่อหน่วยงานต้องไม่เกิน 200 ตัวอักษร',
  'officers.error.roles.required': 'เลือกอย่างน้อยหนึ่งบทบาท',
  'officers.error.email.required': 'กรอกอีเมลที่ทำงานของเจ้าหน้าที่',
  'officers.error.email.format': 'กรอกอีเมลให้ถูกต้อง เช่น name@customs.go.th',
  'officers.error.email.taken': 'อีเมลนี้เป็นของเจ้าหน้าที่อีกท่านแล้ว',
} as const

type Key = keyof typeof th

const en: Record<Key, string> = {
  ...backOfficeText.en,
  'officer.username': 'Username',
  'officer.username.hint':
    'Lower-case letters, digits, dot, dash or underscore, 3 to 64 characters',
  'officer.name': 'Full name',
  'officer.status': 'Account status',
  'officer.status.pending': 'Waiting for set-up',
  'officer.status.active': 'Active',
  'officer.status.disabled': 'Disabled',
  'officer.lastSignIn': 'Last sign-in',
  'officer.email': 'Work e-mail address',
  'officer.email.hint':
    'Set-up links go to this address only. Changing it needs a second administrator’s approval.',
  'officer.email.none': 'none yet',
  'officer.email.confirmed': '{email} (confirmed)',
  'officer.email.unconfirmed': '{email} (not yet confirmed by a second administrator)',
  'officers.resetNoEmail':
    'This account has no e-mail address yet. Enter one and wait for a second administrator to approve it before a new link can be sent.',

  'officers.title': 'Officers',
  'officers.new': 'Create an officer account',
  'officers.create': 'Create account',
  'officers.save': 'Save',
  'officers.back': 'Back to the officers',
  'officers.self':
    'You cannot change the roles or sign-in of your own account. Another administrator has to do it.',
  'officers.resetTitle': 'Set up the account again',
  'officers.resetIntro':
    'When an officer loses their phone or forgets their password: cancels the password, authenticator and recovery codes, and e-mails a new set-up link to the officer.',
  'officers.reset': 'Issue a new set-up link',
  'officers.error.username.required': 'Enter a username',
  'officers.error.username.format':
    'A username is 3 to 64 lower-case letters, digits, dots, dashes or underscores',
  'officers.error.username.taken': 'This username is taken',
  'officers.error.displayName.required': 'Enter the full name',
  'officers.error.displayName.long': 'The full name must be 200 characters or fewer',
  'officers.error.unit.required': 'Enter the unit',
  'officers.error.unit.long': 'The unit must be 200 characters or fewer',
  'officers.error.roles.required': 'Choose at least one role',
  'officers.error.email.required': 'Enter the officer’s work e-mail address',
  'officers.error.email.format':
    'Enter an e-mail address in the right format, like name@customs.go.th',
  'officers.error.email.taken': 'Another officer has this e-mail address',
}

export const adminMessages = defineMessages<Key>({ th, en })
export type AdminMessage = Key
export type AdminTranslate = ReturnType<typeof adminMessages>
