import { defineMessages } from '../../platform/i18n/index.js'
import type { Locale } from '../../platform/time.js'

/** Rule ids with a published label; company rules will be added here when they are published. */
export const LABELLED_RULES = [
  'id_check_digit',
  'verified_id_matches',
  'thai_national',
  'not_already_registered',
  'assurance_level',
  'email_confirmed',
  'juristic_id_check_digit',
  'exists_in_dbd',
  'dbd_active',
  'directors_thai',
  'signers_are_directors',
  'signing_clause_satisfied',
  'company_not_registered',
  'signers_assurance_level',
] as const
export type LabelledRule = (typeof LABELLED_RULES)[number]

/** The receipt pages' messages, Thai and English. */
export const receiptMessages = defineMessages({
  th: {
    kind: 'ใบรับรองผลการพิจารณา',
    'valid.title': 'ใบรับรองนี้ถูกต้อง',
    'valid.body':
      'ลายมือชื่อดิจิทัลของใบรับรองตรงกับกุญแจสาธารณะที่กรมศุลกากรเผยแพร่ ข้อมูลด้านล่างจึงไม่ถูกแก้ไขตั้งแต่ออกใบรับรอง',
    'invalid.title': 'ใบรับรองนี้ไม่ถูกต้อง',
    'invalid.body':
      'ลายมือชื่อดิจิทัลไม่ตรงกับข้อมูลในใบรับรอง จึงยืนยันไม่ได้ว่ากรมศุลกากรเป็นผู้ออก โปรดอย่าใช้ใบรับรองนี้เป็นหลักฐาน',
    'invalid.help':
      'หากมีผู้ส่งใบรับรองนี้ให้ท่าน โปรดโทร 1164 (ศูนย์บริการข้อมูลศุลกากร) และแจ้งเลขอ้างอิง {reference}',
    'unknown.title': 'ไม่พบใบรับรองนี้',
    'unknown.body':
      'ไม่มีใบรับรองผลการพิจารณาที่มีเลขนี้ โปรดตรวจสอบว่าคัดลอกที่อยู่เว็บมาครบถ้วน หรือสแกนคิวอาร์โค้ดอีกครั้ง',
    'unknown.help': 'หากยังไม่พบ โปรดโทร 1164 (ศูนย์บริการข้อมูลศุลกากร)',
    'field.action': 'เรื่องที่พิจารณา',
    'action.registration': 'การลงทะเบียน',
    'action.broker_registration': 'การลงทะเบียนเป็นตัวแทนออกของ',
    'action.renewal': 'การต่ออายุการลงทะเบียน',
    'action.fee': 'ใบเสร็จรับเงินอิเล็กทรอนิกส์ (ค่าธรรมเนียม)',
    'action.reactivation': 'การขอกลับมาใช้งานการลงทะเบียน',
    'action.cancellation': 'การยกเลิกการลงทะเบียน',
    'action.refresh': 'การปรับปรุงข้อมูลจากแหล่งข้อมูล',
    'field.kind': 'ประเภทการลงทะเบียน',
    'regKind.importer_exporter': 'ผู้นำเข้าและส่งออก',
    'regKind.customs_broker': 'ตัวแทนออกของ',
    'field.validUntil': 'ใช้ได้ถึงวันที่',
    'field.fee': 'ค่าธรรมเนียมที่ชำระ',
    'fee.value': '{amount} (Ref1 {ref1} · Ref2 {ref2} · เลขที่รายการ {transaction})',
    'field.outcome': 'ผลการพิจารณา',
    'outcome.approved': 'อนุมัติ',
    'outcome.refused': 'ไม่อนุมัติ',
    'field.registrantType': 'ประเภทผู้ลงทะเบียน',
    'registrantType.person': 'บุคคลธรรมดา',
    'registrantType.company': 'นิติบุคคล',
    'field.maskedNumber': 'เลขทะเบียน (แสดงเพียงบางส่วน)',
    'field.applicationReference': 'เลขอ้างอิงคำขอ',
    'field.ruleSet': 'ชุดกฎที่ใช้พิจารณา',
    'ruleSet.value': '{id} ฉบับ {version}',
    'field.decidedAt': 'วันและเวลาที่พิจารณา',
    'field.receiptId': 'เลขที่ใบรับรอง',
    'field.keyId': 'กุญแจที่ใช้ลงนาม',
    'checks.title': 'ผลการตรวจสอบแต่ละเงื่อนไข',
    'checks.caption': 'เงื่อนไขตามกฎที่เผยแพร่ และผลการตรวจสอบ',
    'checks.rule': 'เงื่อนไข',
    'checks.result': 'ผล',
    'checks.passed': 'ผ่าน',
    'checks.failed': 'ไม่ผ่าน',
    'offline.summary': 'ตรวจสอบด้วยตนเอง (ข้อมูลทางเทคนิค)',
    'offline.body':
      'ใบรับรองนี้คือ JWS แบบ compact ที่ลงนามด้วย Ed25519 (EdDSA) โดยกุญแจ {kid} ท่านตรวจสอบได้ด้วยไลบรารี JOSE ใดก็ได้ โดยใช้กุญแจสาธารณะจาก',
    'offline.jwks': 'รายการกุญแจสาธารณะ (JWKS)',
    'offline.token': 'JWS ของใบรับรองนี้',
    'print.link': 'ฉบับสำหรับพิมพ์ (A4)',
    'print.back': 'กลับไปหน้าใบรับรอง',
    'print.howTo': 'ใช้คำสั่งพิมพ์ของเบราว์เซอร์ (Ctrl+P) เพื่อพิมพ์ หรือบันทึกเป็น PDF',
    'print.status': 'ใบรับรองนี้ถูกต้อง ตรวจสอบลายมือชื่อดิจิทัลแล้วเมื่อ {time}',
    'print.verifyTitle': 'ตรวจสอบใบรับรองนี้',
    'print.verifyAt': 'ทุกคนตรวจสอบความถูกต้องของใบรับรองนี้ได้ โดยสแกนคิวอาร์โค้ดหรือเปิดที่อยู่เว็บ',
    'print.qrAlt': 'คิวอาร์โค้ดสำหรับตรวจสอบใบรับรองนี้ที่ {url}',
    'rule.id_check_digit': 'เลขประจำตัวประชาชนถูกต้องตามหลักตรวจสอบ',
    'rule.verified_id_matches': 'เลขที่ยืนยันผ่านธนาคารตรงกับที่กรอก',
    'rule.thai_national': 'มีสัญชาติไทย',
    'rule.not_already_registered': 'ยังไม่เคยลงทะเบียน',
    'rule.assurance_level': 'ระดับความน่าเชื่อถือของการยืนยันตัวตนเพียงพอ',
    'rule.email_confirmed': 'ยืนยันอีเมลแล้ว',
    'rule.juristic_id_check_digit': 'เลขทะเบียนนิติบุคคลถูกต้องตามหลักตรวจสอบ',
    'rule.exists_in_dbd': 'มีทะเบียนในกรมพัฒนาธุรกิจการค้า',
    'rule.dbd_active': 'นิติบุคคลยังดำเนินกิจการอยู่',
    'rule.directors_thai': 'กรรมการทุกคนมีสัญชาติไทย',
    'rule.signers_are_directors': 'ผู้ยืนยันตัวตนทุกคนเป็นกรรมการตามข้อมูล DBD',
    'rule.signing_clause_satisfied': 'กรรมการที่ยืนยันตัวตนครบตามอำนาจกรรมการ',
    'rule.company_not_registered': 'นิติบุคคลยังไม่เคยลงทะเบียนและไม่มีคำขออื่นค้างอยู่',
    'rule.signers_assurance_level': 'การยืนยันตัวตนของกรรมการทุกคนมีระดับความน่าเชื่อถือเพียงพอ',
  },
  en: {
    kind: 'Decision receipt',
    'valid.title': 'This receipt is valid',
    'valid.body':
      'Its digital signature matches a public key published by the Customs Department, so the details below have not been changed since the receipt was issued.',
    'invalid.title': 'This receipt is not valid',
    'invalid.body':
      'Its digital signature does not match its contents, so we cannot confirm that the Customs Department issued it. Do not rely on it.',
    'invalid.help':
      'If someone gave you this receipt, call the Customs Call Center on 1164 and quote reference {reference}.',
    'unknown.title': 'No such receipt',
    'unknown.body':
      'There is no decision receipt with this number. Check that you copied the whole web address, or scan the QR code again.',
    'unknown.help': 'If you still cannot find it, call the Customs Call Center on 1164.',
    'field.action': 'What was decided',
    'action.registration': 'Registration',
    'action.broker_registration': 'Registration as a customs broker',
    'action.renewal': 'Renewal of the registration',
    'action.fee': 'Electronic receipt of a fee',
    'action.reactivation': 'Reactivation of the registration',
    'action.cancellation': 'Cancellation of the registration',
    'action.refresh': 'Update from the source of the data',
    'field.kind': 'Kind of registration',
    'regKind.importer_exporter': 'Importer and exporter',
    'regKind.customs_broker': 'Customs broker',
    'field.validUntil': 'Valid until',
    'field.fee': 'Fee paid',
    'fee.value': '{amount} (Ref1 {ref1} · Ref2 {ref2} · transaction {transaction})',
    'field.outcome': 'Decision',
    'outcome.approved': 'Approved',
    'outcome.refused': 'Refused',
    'field.registrantType': 'Type of registrant',
    'registrantType.person': 'Individual',
    'registrantType.company': 'Juristic person (company)',
    'field.maskedNumber': 'Registration number (partly hidden)',
    'field.applicationReference': 'Application reference',
    'field.ruleSet': 'Rule set used',
    'ruleSet.value': '{id}, version {version}',
    'field.decidedAt': 'Date and time of the decision',
    'field.receiptId': 'Receipt number',
    'field.keyId': 'Signing key',
    'checks.title': 'Result of each check',
    'checks.caption': 'Each rule of the published rule set and its result',
    'checks.rule': 'Check',
    'checks.result': 'Result',
    'checks.passed': 'Passed',
    'checks.failed': 'Not passed',
    'offline.summary': 'Check it yourself (technical details)',
    'offline.body':
      'This receipt is a compact JWS signed with Ed25519 (EdDSA) by key {kid}. Any JOSE library can check it against the public keys in the',
    'offline.jwks': 'public key set (JWKS)',
    'offline.token': 'The JWS of this receipt',
    'print.link': 'Printable version (A4)',
    'print.back': 'Back to the receipt',
    'print.howTo': "Use your browser's Print command (Ctrl+P) to print it or save it as a PDF.",
    'print.status': 'This receipt is valid: its digital signature was checked on {time}.',
    'print.verifyTitle': 'Check this receipt',
    'print.verifyAt': 'Anyone can check that this receipt is genuine: scan the QR code or open',
    'print.qrAlt': 'QR code to check this receipt at {url}',
    'rule.id_check_digit': 'The national ID number passes the check-digit test',
    'rule.verified_id_matches': 'The number verified through the bank matches the number entered',
    'rule.thai_national': 'Thai nationality',
    'rule.not_already_registered': 'Not registered before',
    'rule.assurance_level': 'The identity verification has a high enough assurance level',
    'rule.email_confirmed': 'E-mail address confirmed',
    'rule.juristic_id_check_digit': 'The juristic ID passes the check-digit test',
    'rule.exists_in_dbd': 'Registered at the Department of Business Development',
    'rule.dbd_active': 'The company is still trading',
    'rule.directors_thai': 'Every director is a Thai national',
    'rule.signers_are_directors': 'Everyone who verified is a director listed at DBD',
    'rule.signing_clause_satisfied': 'The verified directors meet the signing authority',
    'rule.company_not_registered': 'Not registered before, and no other application in progress',
    'rule.signers_assurance_level':
      'Every director’s identity verification has a high enough assurance level',
  },
})

export type ReceiptTranslate = ReturnType<typeof receiptMessages>

function isLabelled(rule: string): rule is LabelledRule {
  return (LABELLED_RULES as readonly string[]).includes(rule)
}

/** Labels published by the features that decide after registration (lifecycle, brokers). */
const extraLabels = new Map<string, Record<Locale, string>>()

/**
 * A feature publishes the labels of its own rules here, once, when its module loads: receipts
 * then show them, and the published label list stays one place to read.
 */
export function publishRuleLabels(labels: Record<string, Record<Locale, string>>): void {
  for (const [rule, label] of Object.entries(labels)) extraLabels.set(rule, label)
}

/** The human label of a rule; a rule without a published label is shown by its id. */
export function ruleLabel(m: ReceiptTranslate, rule: string, locale?: Locale): string {
  if (isLabelled(rule)) return m(`rule.${rule}`)
  const extra = extraLabels.get(rule)
  return extra && locale ? extra[locale] : rule
}
