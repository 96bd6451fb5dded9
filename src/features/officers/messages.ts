import { defineMessages } from '../../platform/i18n/index.js'

// Officer identity: the area's name, the roles' names, signing in and enrolling.
const th = {
  'area.name': 'ระบบงานเจ้าหน้าที่',

  'role.registry_officer': 'เจ้าหน้าที่ทะเบียน',
  'role.help_desk': 'เจ้าหน้าที่บริการช่วยเหลือ',
  'role.data_protection': 'เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล',
  'role.service_quality': 'เจ้าหน้าที่คุณภาพการให้บริการ',
  'role.integrity_risk': 'เจ้าหน้าที่ด้านคุณธรรมและความเสี่ยง',
  'role.auditor': 'ผู้ตรวจสอบ (อ่านอย่างเดียว)',
  'role.administrator': 'ผู้ดูแลระบบ',
  'role.registry_officer.hint': 'ค้นหาและดูข้อมูลผู้ลงทะเบียน เปิดเผยข้อมูลส่วนบุคคลโดยระบุเหตุผล',
  'role.help_desk.hint': 'ค้นหาผู้ลงทะเบียนและดูผลการพิจารณา ข้อมูลส่วนบุคคลถูกปิดบังเสมอ',
  'role.data_protection.hint': 'ดูข้อมูลและประวัติการเข้าถึงเพื่อดำเนินการตามคำขอของเจ้าของข้อมูล',
  'role.service_quality.hint': 'แบบสำรวจความพึงพอใจและสถิติการให้บริการ ไม่เห็นข้อมูลผู้ลงทะเบียน',
  'role.integrity_risk.hint': 'ทะเบียนความเสี่ยงและรายงานด้านคุณธรรม ไม่เห็นข้อมูลผู้ลงทะเบียน',
  'role.auditor.hint': 'ดูข้อมูลที่ปิดบังและประวัติการตรวจสอบ แก้ไขสิ่งใดไม่ได้',
  'role.administrator.hint': 'สร้างบัญชีเจ้าหน้าที่และกำหนดบทบาท ไม่เห็นข้อมูลผู้ลงทะเบียน',
  'role.none': 'ยังไม่มีบทบาท',

  'signIn.title': 'เข้าสู่ระบบสำหรับเจ้าหน้าที่',
  'signIn.intro': 'สำหรับเจ้าหน้าที่กรมศุลกากรเท่านั้น ใช้ชื่อผู้ใช้และรหัสผ่าน แล้วตามด้วยรหัสจากแอปยืนยันตัวตน',
  'signIn.username': 'ชื่อผู้ใช้',
  'signIn.password': 'รหัสผ่าน',
  'signIn.continue': 'ดำเนินการต่อ',
  'signIn.registrants':
    'ผู้นำเข้าและส่งออกไม่ต้องใช้หน้านี้ โปรดใช้บริการลงทะเบียนและตรวจสอบสถานะทะเบียนจากหน้าแรก',
  'signIn.error.username': 'กรอกชื่อผู้ใช้',
  'signIn.error.password': 'กรอกรหัสผ่าน',
  'signIn.error.invalid':
    'เข้าสู่ระบบไม่สำเร็จ ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง หรือการเข้าสู่ระบบจากเครือข่ายนี้ถูกพักไว้ชั่วคราวหลังจากผิดติดต่อกัน {max} ครั้ง (ครั้งแรก {minutes} นาที และนานขึ้นทุกครั้ง)',
  'signIn.signedOut': 'ท่านออกจากระบบแล้ว',
  'signIn.expired': 'ขั้นตอนเข้าสู่ระบบหมดเวลา โปรดเริ่มใหม่',

  'code.title': 'ใส่รหัสจากแอปยืนยันตัวตน',
  'code.label': 'รหัสยืนยัน',
  'code.hint': 'รหัส 6 หลักจากแอปยืนยันตัวตน หรือรหัสสำรองหนึ่งชุดที่ได้รับตอนลงทะเบียนบัญชี',
  'code.button': 'เข้าสู่ระบบ',
  'code.startAgain': 'เริ่มเข้าสู่ระบบใหม่',
  'code.error.required': 'กรอกรหัสยืนยัน',
  'code.error.invalid':
    'รหัสยืนยันไม่ถูกต้อง หากผิดติดต่อกัน {max} ครั้ง การเข้าสู่ระบบจากเครือข่ายนี้จะถูกพักไว้ชั่วคราว ครั้งแรก {minutes} นาที และนานขึ้นทุกครั้ง',
  'code.error.replay': 'รหัสนี้ถูกใช้ไปแล้ว โปรดรอรหัสถัดไปในแอปแล้วกรอกใหม่',
  'code.error.locked':
    'เข้าสู่ระบบจากเครือข่ายนี้ไม่สำเร็จหลายครั้งเกินไป การเข้าสู่ระบบถูกพักไว้ชั่วคราว โปรดเริ่มใหม่ในอีกสักครู่ หรือติดต่อผู้ดูแลระบบ',

  'enrol.caption': 'ตั้งค่าบัญชี ขั้นที่ {step} จาก {of}',
  'enrol.password.title': 'ตั้งรหัสผ่าน',
  'enrol.password.intro': 'สวัสดี {name} ตั้งรหัสผ่านสำหรับบัญชีเจ้าหน้าที่ของท่าน',
  'enrol.password.new': 'รหัสผ่านใหม่',
  'enrol.password.hint': 'อย่างน้อย 12 ตัวอักษร ใช้วลีที่จำง่ายแต่เดายากได้ และอย่าใช้ซ้ำกับระบบอื่น',
  'enrol.password.confirm': 'ยืนยันรหัสผ่านใหม่',
  'enrol.password.button': 'บันทึกรหัสผ่าน',
  'enrol.error.password.required': 'กรอกรหัสผ่านใหม่',
  'enrol.error.password.short': 'รหัสผ่านต้องมีอย่างน้อย 12 ตัวอักษร',
  'enrol.error.password.long': 'รหัสผ่านต้องไม่เกิน 128 ตัวอักษร',
  'enrol.error.password.username': 'รหัสผ่านต้องไม่เหมือนหรือมีชื่อผู้ใช้อยู่ในนั้น',
  'enrol.error.confirm.required': 'กรอกรหัสผ่านใหม่อีกครั้ง',
  'enrol.error.confirm.mismatch': 'รหัสผ่านที่ยืนยันไม่ตรงกับรหัสผ่านใหม่',
  'enrol.totp.title': 'ตั้งค่าแอปยืนยันตัวตน',
  'enrol.totp.step1':
    'เปิดแอปยืนยันตัวตนบนโทรศัพท์ของท่าน (เช่น Google Authenticator หรือ Microsoft Authenticator)',
  'enrol.totp.step2': 'สแกนคิวอาร์โค้ดด้านล่าง หรือพิมพ์รหัสลับด้วยตนเอง',
  'enrol.totp.step3': 'กรอกรหัส 6 หลักที่แอปแสดง',
  'enrol.totp.qrAlt': 'คิวอาร์โค้ดสำหรับเพิ่มบัญชีในแอปยืนยันตัวตน',
  'enrol.totp.manual': 'รหัสลับสำหรับพิมพ์เอง:',
  'enrol.totp.code': 'รหัส 6 หลักจากแอป',
  'enrol.totp.codeHint': 'รหัสเปลี่ยนทุก 30 วินาที',
  'enrol.totp.button': 'ยืนยัน',
  'enrol.error.code.required': 'กรอกรหัส 6 หลักจากแอป',
  'enrol.error.code.invalid': 'รหัสไม่ถูกต้อง ตรวจสอบว่าเวลาในโทรศัพท์ถูกต้อง แล้วกรอกรหัสล่าสุด',
  'enrol.done.title': 'ตั้งค่าบัญชีเรียบร้อยแล้ว',
  'enrol.done.codesTitle': 'รหัสสำรองของท่าน',
  'enrol.done.warning':
    'รหัสเหล่านี้จะแสดงครั้งเดียวเท่านั้น เก็บไว้ในที่ปลอดภัย ใช้แทนรหัสจากแอปได้รหัสละหนึ่งครั้งเมื่อไม่มีโทรศัพท์',
  'enrol.done.use': 'เมื่อใช้รหัสสำรองหมดหรือทำโทรศัพท์หาย ให้ผู้ดูแลระบบออกลิงก์ตั้งค่าบัญชีใหม่',
  'enrol.done.signIn': 'ไปที่หน้าเข้าสู่ระบบ',
  'enrol.invalid.title': 'ลิงก์ตั้งค่าบัญชีใช้ไม่ได้',
  'enrol.invalid.body': 'ลิงก์นี้หมดอายุ ถูกใช้ไปแล้ว หรือไม่ถูกต้อง โปรดขอลิงก์ใหม่จากผู้ดูแลระบบ',
} as const

type Key = keyof typeof th

const en: Record<Key, string> = {
  'area.name': 'Back office',

  'role.registry_officer': 'Registry officer',
  'role.help_desk': 'Help-desk officer',
  'role.data_protection': 'Data-protection officer',
  'role.service_quality': 'Service quality officer',
  'role.integrity_risk': 'Integrity and risk officer',
  'role.auditor': 'Auditor (read-only)',
  'role.administrator': 'Administrator',
  'role.registry_officer.hint':
    'Finds and views registrants; reveals personal data after giving a reason',
  'role.help_desk.hint': 'Finds registrants and sees decisions; personal data always stays masked',
  'role.data_protection.hint': 'Sees data and who accessed it, to handle data-subject requests',
  'role.service_quality.hint': 'Satisfaction surveys and service statistics; no registrant data',
  'role.integrity_risk.hint': 'Risk register and integrity reports; no registrant data',
  'role.auditor.hint': 'Sees masked data and the audit history; cannot change anything',
  'role.administrator.hint': 'Creates officer accounts and assigns roles; no registrant data',
  'role.none': 'no role yet',

  'signIn.title': 'Officer sign-in',
  'signIn.intro':
    'For Customs Department officers only. Use your username and password, then a code from your authenticator app.',
  'signIn.username': 'Username',
  'signIn.password': 'Password',
  'signIn.continue': 'Continue',
  'signIn.registrants':
    'Importers and exporters do not use this page: register or check your registration from the home page.',
  'signIn.error.username': 'Enter your username',
  'signIn.error.password': 'Enter your password',
  'signIn.error.invalid':
    'Sign-in failed: the username or password is wrong, or sign-in from this network is paused after {max} failed attempts in a row (for {minutes} minute at first, longer each time).',
  'signIn.signedOut': 'You have signed out',
  'signIn.expired': 'The sign-in took too long. Please start again.',

  'code.title': 'Enter the code from your authenticator app',
  'code.label': 'Code',
  'code.hint':
    'The 6-digit code from your authenticator app, or one of the recovery codes you were given when you set up your account',
  'code.button': 'Sign in',
  'code.startAgain': 'Start signing in again',
  'code.error.required': 'Enter the code',
  'code.error.invalid':
    'The code is wrong. After {max} failed attempts in a row, sign-in from this network pauses, for {minutes} minute at first and longer each time.',
  'code.error.replay':
    'This code has been used already. Wait for the next code in your app and enter it',
  'code.error.locked':
    'Too many failed attempts from this network, so sign-in is paused for a while. Start again in a few minutes, or contact an administrator.',

  'enrol.caption': 'Set up your account, step {step} of {of}',
  'enrol.password.title': 'Choose a password',
  'enrol.password.intro': 'Hello {name}. Choose a password for your officer account.',
  'enrol.password.new': 'New password',
  'enrol.password.hint':
    'At least 12 characters. A phrase that is easy to remember but hard to guess works well; do not reuse one from another system.',
  'enrol.password.confirm': 'Confirm the new password',
  'enrol.password.button': 'Save password',
  'enrol.error.password.required': 'Enter a new password',
  'enrol.error.password.short': 'The password must be at least 12 characters',
  'enrol.error.password.long': 'The password must be 128 characters or fewer',
  'enrol.error.password.username': 'The password must not be or contain your username',
  'enrol.error.confirm.required': 'Enter the new password again',
  'enrol.error.confirm.mismatch': 'The confirmation does not match the new password',
  'enrol.totp.title': 'Set up your authenticator app',
  'enrol.totp.step1':
    'Open an authenticator app on your phone (for example Google Authenticator or Microsoft Authenticator)',
  'enrol.totp.step2': 'Scan the QR code below, or type the secret key by hand',
  'enrol.totp.step3': 'Enter the 6-digit code the app shows',
  'enrol.totp.qrAlt': 'QR code to add the account to an authenticator app',
  'enrol.totp.manual': 'Secret key to type by hand:',
  'enrol.totp.code': '6-digit code from the app',
  'enrol.totp.codeHint': 'The code changes every 30 seconds',
  'enrol.totp.button': 'Confirm',
  'enrol.error.code.required': 'Enter the 6-digit code from the app',
  'enrol.error.code.invalid':
    'The code is wrong. Check that the time on your phone is right, then enter the newest code',
  'enrol.done.title': 'Your account is set up',
  'enrol.done.codesTitle': 'Your recovery codes',
  'enrol.done.warning':
    'These codes are shown only this once. Keep them somewhere safe. Each one works once, instead of a code from the app, when you do not have your phone.',
  'enrol.done.use':
    'When you run out of recovery codes or lose your phone, ask an administrator for a new set-up link.',
  'enrol.done.signIn': 'Go to sign-in',
  'enrol.invalid.title': 'This set-up link cannot be used',
  'enrol.invalid.body':
    'The link has expired, has been used already, or is not valid. Ask an administrator for a new one.',
}

/** The texts the back office's shell and sections spread into their own catalogues. */
export const officerText = { th, en }
export const officerMessages = defineMessages<Key>(officerText)
export type OfficerMessage = Key
export type OfficerTranslate = ReturnType<typeof officerMessages>
