import { defineMessages } from '../../../platform/i18n/index.js'

// The enrolment e-mail, the page an administrator sees after creating an officer, and the
// requests that wait for a second administrator.
const th = {
  'sent.title': 'สร้างบัญชีเจ้าหน้าที่แล้ว',
  'sent.resetTitle': 'ส่งลิงก์ตั้งค่าบัญชีใหม่แล้ว',
  'sent.intro':
    'ระบบส่งอีเมลตั้งค่าบัญชีไปที่ {email} แล้ว เฉพาะ {name} เท่านั้นที่ได้รับลิงก์ ลิงก์ใช้ได้ครั้งเดียวและหมดอายุเมื่อ {until}',
  'sent.noLink':
    'ลิงก์ไม่แสดงในหน้านี้และไม่ส่งให้ผู้ดูแลระบบ หากเจ้าหน้าที่ไม่ได้รับอีเมล ให้ตรวจสอบที่อยู่อีเมลแล้วออกลิงก์ใหม่',
  'sent.pending':
    'บทบาทต่อไปนี้รอผู้ดูแลระบบอีกท่านอนุมัติ และยืนยันว่าอีเมลเป็นของเจ้าหน้าที่ผู้นี้: {roles} ระหว่างรอ เจ้าหน้าที่มีบทบาท: {held}',
  'sent.back': 'กลับไปรายชื่อเจ้าหน้าที่',

  'grants.title': 'คำขอที่รอผู้ดูแลระบบอีกท่านอนุมัติ',
  'grants.nav': 'คำขอที่รออนุมัติ ({count})',
  'grants.home':
    'บทบาทที่เห็นข้อมูลส่วนบุคคล ทำงานที่เคาน์เตอร์ หรือดูแลระบบ และการเปลี่ยนอีเมล ต้องมีผู้ดูแลระบบอีกท่านอนุมัติ',
  'grants.intro':
    'บทบาทที่เปิดเผยข้อมูลส่วนบุคคล ทำงานที่เคาน์เตอร์ หรือเป็นผู้ดูแลระบบ และการเปลี่ยนอีเมลของเจ้าหน้าที่ มีผลเมื่อผู้ดูแลระบบที่ไม่ได้ยื่นคำขอและไม่ใช่เจ้าของบัญชีอนุมัติแล้วเท่านั้น',
  'grants.empty': 'ไม่มีคำขอที่รออนุมัติ',
  'grants.officer': 'เจ้าหน้าที่',
  'grants.what': 'คำขอ',
  'grants.requestedBy': 'ผู้ยื่นคำขอ',
  'grants.requestedAt': 'เวลาที่ยื่น',
  'grants.roles': 'บทบาท: {roles}',
  'grants.emailNew': 'อีเมล: {email}',
  'grants.emailChange': 'เปลี่ยนอีเมลเป็น {email}',
  'grants.onlyOne':
    'ขณะนี้มีผู้ดูแลระบบที่ใช้งานได้เพียงท่านเดียว คำขอจึงยังอนุมัติไม่ได้ ผู้ดูแลระบบท่านที่สองสร้างด้วยคำสั่ง npm run officer:create-admin (บันทึกเป็นการใช้สิทธิ์ฉุกเฉิน) แล้วตั้งค่าบัญชีจากอีเมลของตนเอง',

  'grant.title': 'คำขอสำหรับ {name}',
  'grant.email': 'อีเมลที่ต้องยืนยัน',
  'grant.emailBefore': 'อีเมลเดิม',
  'grant.rolesNow': 'บทบาทปัจจุบัน',
  'grant.yours': 'ท่านเป็นผู้ยื่นคำขอนี้ ผู้ดูแลระบบอีกท่านต้องเป็นผู้อนุมัติ ท่านถอนคำขอได้',
  'grant.aboutYou': 'คำขอนี้เกี่ยวกับบัญชีของท่านเอง ผู้ดูแลระบบท่านอื่นต้องเป็นผู้ตัดสิน',
  'grant.confirm.title': 'อนุมัติ',
  'grant.confirm.tick':
    'ข้าพเจ้าตรวจสอบแล้ว (เช่น จากสมุดรายชื่อของกรม) ว่า {email} เป็นอีเมลที่ทำงานของ {name} เอง และงานของเจ้าหน้าที่ผู้นี้ต้องใช้สิ่งที่ขอ',
  'grant.confirm.button': 'อนุมัติคำขอ',
  'grant.decline.title': 'ไม่อนุมัติ',
  'grant.decline.intro': 'คำขอจะถูกปิดและไม่มีผลใด ๆ ผู้ยื่นขอใหม่ได้',
  'grant.decline.button': 'ไม่อนุมัติคำขอ',
  'grant.withdraw.button': 'ถอนคำขอ',
  'grant.error.confirm.required': 'ยืนยันว่าท่านตรวจสอบอีเมลและความจำเป็นของงานแล้ว',
  'grant.refused.fourEyes':
    'ท่านอนุมัติคำขอที่ท่านยื่นเอง หรือคำขอเกี่ยวกับบัญชีของท่านเองไม่ได้ ระบบบันทึกความพยายามนี้ไว้แล้ว',
  'grant.refused.onlyOne': 'ยังอนุมัติไม่ได้เพราะมีผู้ดูแลระบบที่ใช้งานได้เพียงท่านเดียว ระบบบันทึกความพยายามนี้ไว้แล้ว',
  'grant.refused.decided': 'คำขอนี้ได้รับการตัดสินหรือถูกแทนที่แล้ว',
  'grant.refused.emailTaken': 'อีเมลนี้เป็นของเจ้าหน้าที่อีกท่านแล้ว ไม่อนุมัติคำขอนี้และให้ผู้ยื่นขอใหม่',
  'grant.done.approved': 'อนุมัติแล้ว บทบาทและอีเมลมีผลทันที',
  'grant.done.declined': 'ปิดคำขอแล้ว ไม่มีสิ่งใดเปลี่ยนแปลง',

  'officer.pending.title': 'รอผู้ดูแลระบบอีกท่านอนุมัติ',
  'officer.pending.body': 'ยื่นโดย {name} เมื่อ {date}: {what}',
  'officer.pending.link': 'ดูคำขอ',

  'mail.enrolSubject': 'ตั้งค่าบัญชีเจ้าหน้าที่ กรมศุลกากร / Set up your Customs officer account',
  'mail.enrolBody':
    'เรียน {name}\n\nมีการสร้างหรือตั้งค่าบัญชีเจ้าหน้าที่ของท่านใหม่ (ชื่อผู้ใช้ {username}) เปิดลิงก์นี้เพื่อตั้งรหัสผ่านและแอปยืนยันตัวตน:\n{url}\n\nลิงก์ใช้ได้ครั้งเดียว หมดอายุเมื่อ {until} อย่าส่งต่อลิงก์นี้ให้ผู้ใด รวมถึงผู้ดูแลระบบ\nหากท่านไม่ได้คาดว่าจะได้รับอีเมลนี้ โปรดแจ้งฝ่ายความมั่นคงปลอดภัยสารสนเทศของกรมทันที\n\nDear {name},\n\nAn officer account has been created or reset for you (username {username}). Open this link to choose a password and set up an authenticator app:\n{url}\n\nThe link works once and expires on {untilEn}. Do not forward it to anyone, administrators included.\nIf you did not expect this e-mail, tell the department’s information security team at once.',
  'mail.changedSubject':
    'อีเมลของบัญชีเจ้าหน้าที่เปลี่ยนแล้ว / Your officer account’s e-mail address changed',
  'mail.changedBody':
    'อีเมลของบัญชีเจ้าหน้าที่ {username} เปลี่ยนจากที่อยู่นี้เป็นที่อยู่อื่นแล้ว โดยผู้ดูแลระบบสองท่าน หากท่านไม่ได้ขอ โปรดแจ้งฝ่ายความมั่นคงปลอดภัยสารสนเทศของกรมทันที\n\nThe e-mail address of officer account {username} was changed from this address to another, by two administrators. If you did not ask for this, tell the department’s information security team at once.',
} as const

type Key = keyof typeof th

const en: Record<Key, string> = {
  'sent.title': 'Officer account created',
  'sent.resetTitle': 'New set-up link sent',
  'sent.intro':
    'A set-up e-mail was sent to {email}. Only {name} receives the link; it works once and expires on {until}.',
  'sent.noLink':
    'The link is not shown on this page and never sent to an administrator. If the officer gets no e-mail, check the address and issue a new link.',
  'sent.pending':
    'These roles wait for a second administrator to approve them and to confirm that the e-mail address is this officer’s: {roles}. Until then the officer holds: {held}.',
  'sent.back': 'Back to the officers',

  'grants.title': 'Requests waiting for a second administrator',
  'grants.nav': 'Requests to approve ({count})',
  'grants.home':
    'Roles that see personal data, act at the counter or administer accounts, and changes of e-mail address, need a second administrator’s approval',
  'grants.intro':
    'A role that reveals personal data, acts at the counter or administers accounts, and a change of an officer’s e-mail address, take effect only when an administrator who neither asked for it nor receives it approves.',
  'grants.empty': 'No request is waiting.',
  'grants.officer': 'Officer',
  'grants.what': 'Request',
  'grants.requestedBy': 'Asked by',
  'grants.requestedAt': 'Asked on',
  'grants.roles': 'Roles: {roles}',
  'grants.emailNew': 'E-mail: {email}',
  'grants.emailChange': 'New e-mail address: {email}',
  'grants.onlyOne':
    'Only one administrator is active, so no request can be approved yet. A second administrator is created with npm run officer:create-admin (recorded as break-glass) and sets up their account from their own e-mail.',

  'grant.title': 'Request for {name}',
  'grant.email': 'E-mail address to confirm',
  'grant.emailBefore': 'Address before',
  'grant.rolesNow': 'Roles now',
  'grant.yours':
    'You asked for this, so another administrator has to approve it. You may withdraw it.',
  'grant.aboutYou': 'This request is about your own account: another administrator decides it.',
  'grant.confirm.title': 'Approve',
  'grant.confirm.tick':
    'I have checked (for example in the department’s directory) that {email} is {name}’s own work address, and that their work needs what is asked',
  'grant.confirm.button': 'Approve the request',
  'grant.decline.title': 'Decline',
  'grant.decline.intro': 'The request is closed and changes nothing. It can be asked again.',
  'grant.decline.button': 'Decline the request',
  'grant.withdraw.button': 'Withdraw the request',
  'grant.error.confirm.required':
    'Confirm that you have checked the e-mail address and that the work needs it',
  'grant.refused.fourEyes':
    'You cannot approve a request you made, or one about your own account. The attempt has been recorded.',
  'grant.refused.onlyOne':
    'This cannot be approved while only one administrator is active. The attempt has been recorded.',
  'grant.refused.decided': 'This request has been decided or replaced already.',
  'grant.refused.emailTaken':
    'Another officer has this e-mail address now. Decline this request and ask again.',
  'grant.done.approved': 'Approved: the roles and the e-mail address apply now.',
  'grant.done.declined': 'The request is closed; nothing changed.',

  'officer.pending.title': 'Waiting for a second administrator',
  'officer.pending.body': 'Asked by {name} on {date}: {what}',
  'officer.pending.link': 'Open the request',

  'mail.enrolSubject': th['mail.enrolSubject'],
  'mail.enrolBody': th['mail.enrolBody'],
  'mail.changedSubject': th['mail.changedSubject'],
  'mail.changedBody': th['mail.changedBody'],
}

export const grantMessages = defineMessages<Key>({ th, en })
export type GrantMessage = Key
export type GrantTranslate = ReturnType<typeof grantMessages>
