import { defineMessages } from '../../platform/i18n/index.js'

// The back office's shell, sign-in, enrolment and administration; the registry's own texts
// are in registry.messages.ts.
const th = {
  'area.name': 'ระบบงานเจ้าหน้าที่',

  'nav.label': 'เมนูเจ้าหน้าที่',
  'nav.home': 'หน้าหลัก',
  'nav.registry': 'ค้นหาผู้ลงทะเบียน',
  'nav.officers': 'จัดการเจ้าหน้าที่',
  'nav.signOut': 'ออกจากระบบ',
  'nav.signedInAs': 'เข้าสู่ระบบในชื่อ {name} ({roles})',

  'role.registry_officer': 'เจ้าหน้าที่ทะเบียน',
  'role.help_desk': 'เจ้าหน้าที่บริการช่วยเหลือ',
  'role.data_protection': 'เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล',
  'role.integrity_risk': 'เจ้าหน้าที่ด้านคุณธรรมและความเสี่ยง',
  'role.auditor': 'ผู้ตรวจสอบ (อ่านอย่างเดียว)',
  'role.administrator': 'ผู้ดูแลระบบ',
  'role.registry_officer.hint': 'ค้นหาและดูข้อมูลผู้ลงทะเบียน เปิดเผยข้อมูลส่วนบุคคลโดยระบุเหตุผล',
  'role.help_desk.hint': 'ค้นหาผู้ลงทะเบียนและดูผลการพิจารณา ข้อมูลส่วนบุคคลถูกปิดบังเสมอ',
  'role.data_protection.hint': 'ดูข้อมูลและประวัติการเข้าถึงเพื่อดำเนินการตามคำขอของเจ้าของข้อมูล',
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

  'home.title': 'ระบบงานเจ้าหน้าที่',
  'home.greeting': 'สวัสดี {name}',
  'home.registry': 'ค้นหาผู้ลงทะเบียนด้วยเลขประจำตัวประชาชน ชื่อ หรืออีเมล',
  'home.officers': 'สร้างบัญชีเจ้าหน้าที่ กำหนดบทบาท และออกลิงก์ตั้งค่าบัญชีใหม่',
  'home.nothing': 'บทบาทของท่านยังไม่มีงานในส่วนนี้',
  'home.noDecisions':
    'การอนุมัติทะเบียนเป็นไปโดยอัตโนมัติตามชุดกฎที่เผยแพร่ เจ้าหน้าที่ไม่สามารถอนุมัติ ปฏิเสธ หรือเปลี่ยนผลการพิจารณาได้',

  'officer.username': 'ชื่อผู้ใช้',
  'officer.username.hint': 'ตัวอักษรอังกฤษพิมพ์เล็ก ตัวเลข จุด ขีด หรือขีดล่าง 3 ถึง 64 ตัว',
  'officer.name': 'ชื่อ-นามสกุล',
  'officer.unit': 'หน่วยงาน',
  'officer.unit.hint': 'เช่น สำนักงานศุลกากรท่าเรือกรุงเทพ',
  'officer.roles': 'บทบาท',
  'officer.roles.hint': 'ให้เฉพาะบทบาทที่งานต้องใช้',
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
  'officer.roles.pending': 'รออนุมัติ',
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
  'area.name': 'Back office',

  'nav.label': 'Back office menu',
  'nav.home': 'Home',
  'nav.registry': 'Find a registrant',
  'nav.officers': 'Manage officers',
  'nav.signOut': 'Sign out',
  'nav.signedInAs': 'Signed in as {name} ({roles})',

  'role.registry_officer': 'Registry officer',
  'role.help_desk': 'Help-desk officer',
  'role.data_protection': 'Data-protection officer',
  'role.integrity_risk': 'Integrity and risk officer',
  'role.auditor': 'Auditor (read-only)',
  'role.administrator': 'Administrator',
  'role.registry_officer.hint':
    'Finds and views registrants; reveals personal data after giving a reason',
  'role.help_desk.hint': 'Finds registrants and sees decisions; personal data always stays masked',
  'role.data_protection.hint': 'Sees data and who accessed it, to handle data-subject requests',
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

  'home.title': 'Back office',
  'home.greeting': 'Hello {name}',
  'home.registry': 'Find registrants by national ID, name or e-mail',
  'home.officers': 'Create officer accounts, assign roles and issue new set-up links',
  'home.nothing': 'Your roles have no work in this part of the back office yet.',
  'home.noDecisions':
    'Registrations are approved automatically by the published rule set. No officer can approve, refuse or change a decision.',

  'officer.username': 'Username',
  'officer.username.hint':
    'Lower-case letters, digits, dot, dash or underscore, 3 to 64 characters',
  'officer.name': 'Full name',
  'officer.unit': 'Unit',
  'officer.unit.hint': 'For example Bangkok Port Customs Office',
  'officer.roles': 'Roles',
  'officer.roles.hint': 'Give only the roles the work needs',
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
  'officer.roles.pending': 'waiting for approval',
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

export const backOfficeMessages = defineMessages<Key>({ th, en })
export type BackOfficeMessage = Key
export type BackOfficeTranslate = ReturnType<typeof backOfficeMessages>
