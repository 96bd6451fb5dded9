import { defineMessages } from '../../../platform/i18n/index.js'
import { companyText } from '../messages.js'

const th = {
  ...companyText.th,
  'sign.title': 'ยืนยันตัวตนในฐานะกรรมการของ {company}',
  'sign.intro':
    'มีการยื่นคำขอลงทะเบียนนิติบุคคลนี้เป็นผู้นำเข้าและส่งออกกับกรมศุลกากร และระบุให้ท่าน ({director}) เป็นกรรมการผู้ลงนาม',
  'sign.what': 'สิ่งที่ท่านยืนยัน',
  'sign.what1': 'ท่านคือ {director} กรรมการของ {company} ตามข้อมูล DBD',
  'sign.what2': 'ท่านยินยอมให้ลงทะเบียนนิติบุคคลนี้เป็นผู้นำเข้าและส่งออก การยืนยันนี้ใช้แทนการลงลายมือชื่อและประทับตรา',
  'sign.what3': 'ผู้ติดต่อของบริษัท: {contact}',
  'sign.expires': 'ลิงก์นี้ใช้ได้ถึง {time}',
  'sign.notYou': 'ถ้าท่านไม่ใช่ {director} หรือไม่ทราบเรื่องคำขอนี้ อย่ายืนยันตัวตน และโปรดแจ้ง 1164',
  'sign.button': 'ยืนยันตัวตนด้วยแอปเป๋าตัง',
  'sign.invalidTitle': 'ลิงก์นี้ใช้ไม่ได้',
  'sign.invalid': 'ลิงก์นี้ไม่ถูกต้อง หรือถูกแทนที่ด้วยลิงก์ใหม่แล้ว โปรดใช้ลิงก์ในอีเมลฉบับล่าสุด',
  'sign.expiredTitle': 'ลิงก์นี้หมดอายุแล้ว',
  'sign.expired': 'ลิงก์ยืนยันตัวตนใช้ได้ 72 ชั่วโมง ขอลิงก์ใหม่ได้ เราจะส่งไปที่อีเมลเดิมของท่าน',
  'sign.renew': 'ส่งลิงก์ใหม่ให้ฉัน',
  'sign.renewed': 'ส่งลิงก์ใหม่ไปที่อีเมลของท่านแล้ว โปรดเปิดจากอีเมลฉบับใหม่',
  'sign.renewLimit': 'ขอลิงก์ใหม่หลายครั้งเกินไป โปรดติดต่อกรรมการที่เริ่มคำขอ หรือโทร 1164',
  'sign.closedTitle': 'คำขอนี้ไม่ต้องการการยืนยันแล้ว',
  'sign.closed': 'คำขอนี้ได้รับการพิจารณาแล้วหรือถูกยกเลิก ท่านไม่ต้องทำอะไรเพิ่ม',
  'sign.doneTitle': 'ยืนยันตัวตนเรียบร้อย ขอบคุณ',
  'sign.done':
    'ท่านยืนยันในฐานะ {director} กรรมการของ {company} แล้ว ระบบจะพิจารณาคำขอโดยอัตโนมัติเมื่อกรรมการครบ และแจ้งผลทางอีเมล',
}

const en: Record<keyof typeof th, string> = {
  ...companyText.en,
  'sign.title': 'Confirm as a director of {company}',
  'sign.intro':
    'An application to register this company as an importer and exporter with Thai Customs names you ({director}) as a signing director.',
  'sign.what': 'What you confirm',
  'sign.what1': 'You are {director}, a director of {company} as listed at DBD',
  'sign.what2':
    'You agree to register the company as an importer and exporter; this stands for your signature and the company seal',
  'sign.what3': 'The company’s contact: {contact}',
  'sign.expires': 'This link works until {time}',
  'sign.notYou':
    'If you are not {director}, or know nothing of this application, do not verify and call 1164.',
  'sign.button': 'Verify with Pao Tang',
  'sign.invalidTitle': 'This link does not work',
  'sign.invalid':
    'This link is not valid, or a newer link has replaced it. Use the link in the latest e-mail.',
  'sign.expiredTitle': 'This link has expired',
  'sign.expired':
    'Verification links work for 72 hours. You can ask for a new one; we send it to the same e-mail address.',
  'sign.renew': 'Send me a new link',
  'sign.renewed': 'A new link has been sent to your e-mail. Open it from the new e-mail.',
  'sign.renewLimit':
    'Too many new links were asked for. Contact the director who started the application, or call 1164.',
  'sign.closedTitle': 'This application no longer needs you',
  'sign.closed': 'The application has been decided or withdrawn. There is nothing more to do.',
  'sign.doneTitle': 'Verified — thank you',
  'sign.done':
    'You have confirmed as {director}, a director of {company}. The decision is made automatically once every director has verified, and e-mailed.',
}

/** The texts of an invited director's pages, with the journey's shared ones. */
export const invitedDirectorMessages = defineMessages({ th, en })
export type InvitedDirectorMessage = keyof typeof th
