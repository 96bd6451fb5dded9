import { defineMessages } from '../../../../platform/i18n/index.js'
import { personText } from '../../messages.js'

const th = {
  ...personText.th,
  'done.approvedTitle': 'ลงทะเบียนสำเร็จ',
  'done.number': 'เลขทะเบียนผู้นำเข้าและส่งออกของท่าน',
  'done.numberHint': 'เลขทะเบียนคือเลขประจำตัวผู้เสียภาษีอากร 13 หลักของท่าน ทะเบียนมีผลใช้งานทันที',
  'done.receipt': 'ใบรับรองผลการพิจารณา (ตรวจสอบได้)',
  'done.print': 'พิมพ์ใบรับรอง',
  'done.status': 'ดูสถานะทะเบียน',
  'done.emailed': 'เราส่งผลการพิจารณาไปที่อีเมลของท่านแล้ว',
  'done.reference': 'เลขอ้างอิงคำขอ',
  'done.refusedTitle': 'ยังลงทะเบียนไม่ได้',
  'done.refusedIntro':
    'ระบบตรวจแล้วพบว่าคำขอไม่ผ่านเงื่อนไขต่อไปนี้ ไม่มีเจ้าหน้าที่คนใดเปลี่ยนผลนี้ได้ แต่ท่านแก้ไขและยื่นใหม่ได้',
  'done.whatNext': 'สิ่งที่ต้องทำ',
  'done.startAgain': 'เริ่มคำขอใหม่',
  'fix.id_check_digit': 'ตรวจสอบเลขประจำตัวประชาชนตามบัตร แล้วยื่นใหม่',
  'fix.verified_id_matches': 'ยืนยันตัวตนด้วยบัญชีเป๋าตังของท่านเอง ซึ่งผูกกับเลขประจำตัวประชาชนที่กรอก',
  'fix.thai_national': 'บริการออนไลน์นี้สำหรับผู้มีสัญชาติไทย ผู้ที่ไม่ใช่สัญชาติไทยลงทะเบียนได้ที่ศูนย์บริการศุลกากร',
  'fix.not_already_registered': 'ท่านมีทะเบียนหรือคำขออยู่แล้ว เข้าสู่ระบบเพื่อดูสถานะทะเบียน',
  'fix.assurance_level': 'ยืนยันตัวตนในแอปเป๋าตังให้ถึงระดับที่กำหนด (เช่น ยืนยันที่สาขา) แล้วยื่นใหม่',
  'fix.email_confirmed': 'ยืนยันอีเมลด้วยรหัสที่ส่งไป แล้วยื่นใหม่',
}

const en: Record<keyof typeof th, string> = {
  ...personText.en,
  'done.approvedTitle': 'Registration complete',
  'done.number': 'Your importer/exporter registration number',
  'done.numberHint':
    'Your registration number is your 13-digit tax identification number. Your registration is active now.',
  'done.receipt': 'Decision receipt (verifiable)',
  'done.print': 'Print the receipt',
  'done.status': 'See your registration',
  'done.emailed': 'We have e-mailed you the decision.',
  'done.reference': 'Application reference',
  'done.refusedTitle': 'You cannot be registered yet',
  'done.refusedIntro':
    'The automatic check found that the application does not meet these conditions. No officer can change this result, but you can fix it and apply again.',
  'done.whatNext': 'What to do',
  'done.startAgain': 'Start a new application',
  'fix.id_check_digit': 'Check your national ID number against your card and apply again',
  'fix.verified_id_matches':
    'Verify with your own Pao Tang account, which belongs to the national ID number you typed',
  'fix.thai_national':
    'This online service is for Thai nationals. Other nationals can register at the Customs Service Centre',
  'fix.not_already_registered':
    'You already have a registration or an application. Sign in to see your registration',
  'fix.assurance_level':
    'Raise your identity level in Pao Tang (for example at a branch) and apply again',
  'fix.email_confirmed': 'Confirm your e-mail with the code we sent and apply again',
}

/** The texts of the done step, with the journey's shared ones. */
export const doneMessages = defineMessages({ th, en })
export type DoneMessage = keyof typeof th
