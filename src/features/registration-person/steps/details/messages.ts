import { defineMessages } from '../../../../platform/i18n/index.js'
import { vocabulary } from '../../../../platform/i18n/vocabulary.js'
import { personText } from '../../messages.js'

const th = {
  ...personText.th,
  'details.title': 'ข้อมูลของท่าน',
  'details.nationalId': 'เลขประจำตัวประชาชน',
  'details.nationalIdHint': '13 หลัก ตามบัตรประชาชน เช่น 1 2345 67890 12 3',
  'details.email': 'อีเมล',
  'details.emailHint': 'เราจะส่งรหัสยืนยัน 6 หลักไปที่อีเมลนี้',
  'details.mobile': 'หมายเลขโทรศัพท์มือถือ',
  'details.mobileHint': 'เช่น 081 234 5678',
  'details.button': 'ดำเนินการต่อ',
  'error.nationalId.required': 'กรอกเลขประจำตัวประชาชน',
  'error.nationalId.format': 'เลขประจำตัวประชาชนต้องมี 13 หลัก',
  'error.nationalId.digits':
    'กรอกเลขประจำตัวประชาชนเป็นตัวเลขเท่านั้น (0–9) ตรวจสอบว่าไม่ได้พิมพ์ตัวอักษร เช่น ตัว O แทนเลข 0',
  'error.nationalId.company': 'เลขนี้เป็นเลขทะเบียนนิติบุคคลของบริษัท ไม่ใช่เลขประจำตัวประชาชน',
  'details.companyLink': 'ลงทะเบียนในนามบริษัทแทน',
  'error.nationalId.checksum': 'เลขประจำตัวประชาชนไม่ถูกต้อง โปรดตรวจสอบว่ากรอกครบทุกหลักตามบัตร',
  'error.email.required': 'กรอกอีเมล',
  'error.email.format': vocabulary.th.emailFormat,
  'error.mobile.required': 'กรอกหมายเลขโทรศัพท์มือถือ',
  'error.mobile.format': 'กรอกหมายเลขโทรศัพท์มือถือ 10 หลัก ขึ้นต้นด้วย 06 08 หรือ 09',
}

const en: Record<keyof typeof th, string> = {
  ...personText.en,
  'details.title': 'Your details',
  'details.nationalId': 'National ID number',
  'details.nationalIdHint': '13 digits, as on your ID card, for example 1 2345 67890 12 3',
  'details.email': 'E-mail address',
  'details.emailHint': 'We will send a 6-digit code to this address',
  'details.mobile': 'Mobile phone number',
  'details.mobileHint': 'For example 081 234 5678',
  'details.button': 'Continue',
  'error.nationalId.required': 'Enter your national ID number',
  'error.nationalId.format': 'A national ID number has 13 digits',
  'error.nationalId.digits':
    'Enter digits only (0–9). Check that you did not type a letter, such as the letter O for a zero',
  'error.nationalId.company': "This is a company's registration number, not a national ID number",
  'details.companyLink': 'Register a company instead',
  'error.nationalId.checksum':
    'This national ID number is not valid. Check that you typed every digit as on your card',
  'error.email.required': 'Enter your e-mail address',
  'error.email.format': vocabulary.en.emailFormat,
  'error.mobile.required': 'Enter your mobile phone number',
  'error.mobile.format': 'Enter a 10-digit mobile number starting 06, 08 or 09',
}

/** The texts of the details step, with the journey's shared ones. */
export const detailsMessages = defineMessages({ th, en })
export type DetailsMessage = keyof typeof th
