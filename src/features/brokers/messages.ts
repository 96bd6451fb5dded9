import { defineMessages } from '../../platform/i18n/index.js'

const th = {
  'apply.title': 'ยื่นขอเป็นตัวแทนออกของ',
  'apply.lead':
    'ผู้ที่มีทะเบียนผู้นำเข้าและส่งออกที่ใช้งานอยู่ยื่นขอเป็นตัวแทนออกของได้ทางออนไลน์ ระบบพิจารณาโดยอัตโนมัติตามกฎที่เผยแพร่ และตรวจเลขใบอนุญาตกับทะเบียนใบอนุญาตตัวแทนออกของ ไม่มีเจ้าหน้าที่อนุมัติ',
  'apply.validity':
    'เมื่ออนุมัติ ทะเบียนตัวแทนออกของใช้ได้ 3 ปีนับจากวันที่พิจารณา และต่ออายุออนไลน์ได้ตั้งแต่ 90 วันก่อนวันสิ้นสุด',
  'apply.base': 'ทะเบียนผู้นำเข้าและส่งออกที่ใช้ยื่น',
  'apply.number': 'เลขทะเบียน (แสดงเพียงบางส่วน)',
  'apply.company': 'ยื่นในนามนิติบุคคล',
  'apply.licence': 'เลขใบอนุญาตตัวแทนออกของ',
  'apply.licenceHint': 'ตามที่พิมพ์ในใบอนุญาต เช่น CB-1234-5678-9 (ตัวอักษร CB ตามด้วยตัวเลข 9 หลัก)',
  'apply.submit': 'ยื่นคำขอ',
  'apply.rules': 'กฎการพิจารณาคำขอเป็นตัวแทนออกของ',
  'apply.back': 'กลับไปหน้าบัญชีของฉัน',
  'error.licence.required': 'กรอกเลขใบอนุญาตตัวแทนออกของ',
  'error.licence.format': 'เลขใบอนุญาตต้องขึ้นต้นด้วย CB ตามด้วยตัวเลข 9 หลัก เช่น CB-1234-5678-9',
  'error.licence.checksum': 'เลขใบอนุญาตไม่ถูกต้องตามหลักตรวจสอบ โปรดตรวจสอบกับใบอนุญาตอีกครั้ง',
  'error.unavailable':
    'ขณะนี้ติดต่อทะเบียนใบอนุญาตตัวแทนออกของไม่ได้ ยังไม่มีการพิจารณาคำขอ โปรดลองใหม่ในอีกสักครู่ ข้อมูลที่กรอกยังอยู่',
  'error.expired': 'แบบฟอร์มนี้ใช้ไม่ได้แล้ว โปรดตรวจเลขใบอนุญาตแล้วกดยื่นคำขออีกครั้ง',
  'notActive.title': 'ยื่นขอเป็นตัวแทนออกของจากทะเบียนนี้ไม่ได้',
  'notActive.body':
    'การยื่นขอเป็นตัวแทนออกของต้องใช้ทะเบียนผู้นำเข้าและส่งออกที่ใช้งานอยู่ (ACTIVE) ทะเบียนนี้ไม่อยู่ในสถานะดังกล่าว',
  'already.title': 'ท่านเป็นตัวแทนออกของที่ลงทะเบียนแล้ว',
  'already.body': 'ทะเบียนตัวแทนออกของของท่านใช้ได้ถึงวันที่ {until}',
  'already.suspended': 'ทะเบียนตัวแทนออกของของท่านถูกระงับ โปรดขอกลับมาใช้งานจากหน้าบัญชีของฉัน',
  'decision.approved.title': 'อนุมัติ: ท่านเป็นตัวแทนออกของแล้ว',
  'decision.approved.body': 'ทะเบียนตัวแทนออกของใช้ได้ตั้งแต่ {from} ถึง {until}',
  'decision.refused.title': 'ไม่อนุมัติคำขอเป็นตัวแทนออกของ',
  'decision.refused.body': 'คำขอไม่ผ่านเงื่อนไขต่อไปนี้ตามกฎที่เผยแพร่',
  'decision.todo': 'สิ่งที่ควรทำ',
  'decision.reference': 'เลขอ้างอิงคำขอ',
  'decision.licence': 'เลขใบอนุญาตที่ใช้ยื่น',
  'decision.decidedAt': 'วันและเวลาที่พิจารณา',
  'decision.validFrom': 'ใช้ได้ตั้งแต่',
  'decision.validUntil': 'ใช้ได้ถึงวันที่',
  'decision.receipt': 'ใบรับรองผลการพิจารณา',
  'decision.again': 'ยื่นคำขออีกครั้ง',
  'todo.broker_base_active':
    'ทะเบียนผู้นำเข้าและส่งออกต้องใช้งานอยู่ หากถูกระงับ โปรดขอกลับมาใช้งานก่อน แล้วจึงยื่นใหม่',
  'todo.broker_licence_check_digit': 'ตรวจเลขใบอนุญาตกับใบอนุญาตฉบับจริงแล้วยื่นใหม่',
  'todo.broker_licence_holder':
    'ทะเบียนใบอนุญาตไม่พบใบอนุญาตเลขนี้ในชื่อของท่าน ตรวจเลขอีกครั้ง หากถูกต้องแล้ว โปรดติดต่อส่วนควบคุมทะเบียนตัวแทนออกของ กรมศุลกากร',
  'todo.broker_licence_in_force': 'ใบอนุญาตถูกเพิกถอน พักใช้ หรือหมดอายุ ต้องได้รับใบอนุญาตที่มีผลก่อนจึงยื่นใหม่ได้',
  'todo.broker_not_disqualified':
    'ทะเบียนใบอนุญาตมีประวัติที่เป็นเหตุต้องห้าม หากเห็นว่าไม่ถูกต้อง โปรดติดต่อกรมศุลกากร โทร 1164',
  'todo.broker_not_already_registered': 'ท่านมีทะเบียนตัวแทนออกของอยู่แล้ว ดูวันสิ้นสุดและต่ออายุได้ที่หน้าบัญชีของฉัน',
  'notFound.title': 'ไม่พบทะเบียนนี้',
  'notFound.body': 'ไม่พบทะเบียนนี้ในบัญชีของท่าน หรือท่านไม่มีสิทธิ์ยื่นคำขอในนามของทะเบียนนี้',
  'rules.title': 'กฎการพิจารณาคำขอเป็นตัวแทนออกของ',
  'rules.intro':
    'คำขอเป็นตัวแทนออกของทุกรายการพิจารณาโดยอัตโนมัติตามกฎด้านล่าง ผลของทุกข้อถูกบันทึกและปรากฏในใบรับรองผล เจ้าหน้าที่ไม่สามารถอนุมัติ ปฏิเสธ หรือแก้ไขผลได้',
  'rules.version': 'ชุดกฎ {id} ฉบับ {version} มีผลตั้งแต่ {date}',
  'rules.validity': 'ทะเบียนตัวแทนออกของที่อนุมัติใช้ได้ {years} ปีนับจากวันที่พิจารณา',
  'mail.approved': 'อนุมัติการลงทะเบียนเป็นตัวแทนออกของ',
  'mail.refused': 'ไม่อนุมัติคำขอเป็นตัวแทนออกของ',
  'mail.body':
    'คำขอเป็นตัวแทนออกของ เลขอ้างอิง {reference}\nผลการพิจารณา: {outcome}\n{validity}\nใบรับรองผลการพิจารณา: {link}\n\nกรมศุลกากร',
  'mail.validity': 'ใช้ได้ถึงวันที่ {until}',
  'outcome.approved': 'อนุมัติ',
  'outcome.refused': 'ไม่อนุมัติ',
}

const en: Record<keyof typeof th, string> = {
  'apply.title': 'Apply to be a customs broker',
  'apply.lead':
    'If you hold an ACTIVE importer and exporter registration, you can apply online to be a customs broker. The decision is automatic, by the published rules, and your licence number is checked with the customs-broker licence registry. No officer approves it.',
  'apply.validity':
    'Once approved, a customs-broker registration lasts 3 years from the decision, and can be renewed online from 90 days before its end date.',
  'apply.base': 'The importer and exporter registration you apply on',
  'apply.number': 'Registration number (partly hidden)',
  'apply.company': 'Applying for the company',
  'apply.licence': 'Customs-broker licence number',
  'apply.licenceHint':
    'As printed on your licence, for example CB-1234-5678-9 (the letters CB and 9 digits)',
  'apply.submit': 'Apply',
  'apply.rules': 'The decision rules for customs brokers',
  'apply.back': 'Back to your account',
  'error.licence.required': 'Enter your customs-broker licence number',
  'error.licence.format':
    'A licence number starts with CB followed by 9 digits, for example CB-1234-5678-9',
  'error.licence.checksum':
    'This licence number fails its check digit: compare it with your licence again',
  'error.unavailable':
    'The customs-broker licence registry cannot be reached just now. Nothing has been decided: try again in a few minutes. What you typed is kept.',
  'error.expired': 'This form can no longer be used: check the licence number and apply again.',
  'notActive.title': 'You cannot apply on this registration',
  'notActive.body':
    'An application to be a customs broker needs an ACTIVE importer and exporter registration, and this one is not.',
  'already.title': 'You are already a registered customs broker',
  'already.body': 'Your customs-broker registration is valid until {until}.',
  'already.suspended':
    'Your customs-broker registration is suspended: reactivate it from your account.',
  'decision.approved.title': 'Approved: you are a customs broker',
  'decision.approved.body': 'Your customs-broker registration is valid from {from} until {until}.',
  'decision.refused.title': 'Your application to be a customs broker was refused',
  'decision.refused.body': 'It did not meet these conditions of the published rules:',
  'decision.todo': 'What to do',
  'decision.reference': 'Application reference',
  'decision.licence': 'Licence number applied with',
  'decision.decidedAt': 'Date and time of the decision',
  'decision.validFrom': 'Valid from',
  'decision.validUntil': 'Valid until',
  'decision.receipt': 'Decision receipt',
  'decision.again': 'Apply again',
  'todo.broker_base_active':
    'Your importer and exporter registration must be ACTIVE. If it is suspended, reactivate it first, then apply again.',
  'todo.broker_licence_check_digit': 'Compare the number with your licence and apply again.',
  'todo.broker_licence_holder':
    'The licence registry has no licence with this number in your name. Check the number; if it is right, contact the Customs Department’s broker licensing section.',
  'todo.broker_licence_in_force':
    'The licence is revoked, suspended or expired. You can apply again once you hold a licence in force.',
  'todo.broker_not_disqualified':
    'The licence registry holds a disqualifying record. If you think it is wrong, call the Customs Call Center on 1164.',
  'todo.broker_not_already_registered':
    'You already hold a customs-broker registration: see its end date, and renew it, on your account page.',
  'notFound.title': 'Registration not found',
  'notFound.body': 'This registration is not in your account, or you may not apply on its behalf.',
  'rules.title': 'Decision rules for customs brokers',
  'rules.intro':
    'Every application to be a customs broker is decided automatically by the rules below. Every rule result is stored and shown on the decision receipt. No officer can approve, refuse or change a decision.',
  'rules.version': 'Rule set {id}, version {version}, in force from {date}',
  'rules.validity':
    'An approved customs-broker registration lasts {years} years from the decision.',
  'mail.approved': 'Your registration as a customs broker is approved',
  'mail.refused': 'Your application to be a customs broker was refused',
  'mail.body':
    'Application to be a customs broker, reference {reference}\nDecision: {outcome}\n{validity}\nDecision receipt: {link}\n\nThe Customs Department',
  'mail.validity': 'Valid until {until}',
  'outcome.approved': 'Approved',
  'outcome.refused': 'Refused',
}

/** The brokers' pages and e-mails, Thai and English. */
export const brokerMessages = defineMessages({ th, en })
export type BrokerMessage = keyof typeof th
