import { defineMessages } from '../../../../platform/i18n/index.js'
import { personText } from '../../messages.js'

const th = {
  ...personText.th,
  'yours.title': 'ตรวจสอบข้อมูลของท่าน',
  'yours.nonThaiTitle': 'บริการออนไลน์นี้สำหรับผู้มีสัญชาติไทย',
  'yours.nonThaiBody':
    'ธนาคารแจ้งว่าท่านมีสัญชาติ{nationality} การลงทะเบียนออนไลน์ใช้ได้เฉพาะผู้มีสัญชาติไทย หากส่งคำขอนี้ ระบบจะพิจารณาตามกฎและจะไม่อนุมัติ',
  'yours.nonThaiWay': 'ท่านยังลงทะเบียนได้ที่เคาน์เตอร์ของศูนย์บริการศุลกากร หรือสอบถามเราก่อนได้:',
  'yours.mailingTitle': 'ที่อยู่สำหรับจัดส่งเอกสาร',
  'yours.sameLegend': 'ที่อยู่สำหรับจัดส่งเอกสารเป็นที่อยู่ตามบัตรประชาชนหรือไม่',
  'yours.same': 'ใช่ ใช้ที่อยู่ตามบัตรประชาชน',
  'yours.other': 'ไม่ใช่ ใช้ที่อยู่อื่น',
  'yours.houseNo': 'บ้านเลขที่',
  'yours.moo': 'หมู่ที่ (ถ้ามี)',
  'yours.soi': 'ซอย (ถ้ามี)',
  'yours.road': 'ถนน (ถ้ามี)',
  'yours.postcode': 'รหัสไปรษณีย์',
  'yours.find': 'ค้นหาตำบล/แขวง',
  'yours.area': 'ตำบล/แขวง อำเภอ/เขต และจังหวัด',
  'yours.areaChoose': 'เลือกพื้นที่',
  'yours.areaHint': 'เลือกจากพื้นที่ของรหัสไปรษณีย์ {postcode}',
  'yours.button': 'บันทึกและดำเนินการต่อ',
  'error.mailingSame.required': 'เลือกว่าจะใช้ที่อยู่ตามบัตรประชาชนหรือไม่',
  'error.houseNo.required': 'กรอกบ้านเลขที่',
  'error.houseNo.format': 'บ้านเลขที่ใช้ตัวเลขและเครื่องหมาย / หรือ - ได้ ไม่เกิน 20 ตัวอักษร',
  'error.moo.format': 'หมู่ที่ต้องเป็นตัวเลข 1-3 หลัก',
  'error.text.long': 'ข้อความยาวเกิน 100 ตัวอักษร',
  'error.postcode.format': 'กรอกรหัสไปรษณีย์ 5 หลัก',
  'error.postcode.unknown': 'ไม่พบรหัสไปรษณีย์นี้ โปรดตรวจสอบอีกครั้ง',
  'error.area.required': 'เลือกตำบล/แขวงของที่อยู่',
  'error.tampered': 'ข้อมูลจากธนาคารแก้ไขไม่ได้ ระบบไม่ได้บันทึกการเปลี่ยนแปลง',
}

const en: Record<keyof typeof th, string> = {
  ...personText.en,
  'yours.title': 'Check your details',
  'yours.nonThaiTitle': 'This online service is for Thai nationals',
  'yours.nonThaiBody':
    'Your bank says your nationality is {nationality}. Only Thai nationals can register online: if you send this application, it is decided by the rules and will be refused.',
  'yours.nonThaiWay':
    'You can still register at the counter of the Customs Service Centre, or ask us first:',
  'yours.mailingTitle': 'Mailing address',
  'yours.sameLegend': 'Is your mailing address the one on your ID card?',
  'yours.same': 'Yes, use my ID-card address',
  'yours.other': 'No, use another address',
  'yours.houseNo': 'House number',
  'yours.moo': 'Village number (moo), if any',
  'yours.soi': 'Soi, if any',
  'yours.road': 'Road, if any',
  'yours.postcode': 'Postcode',
  'yours.find': 'Find sub-districts',
  'yours.area': 'Sub-district, district and province',
  'yours.areaChoose': 'Choose an area',
  'yours.areaHint': 'Choose from the areas of postcode {postcode}',
  'yours.button': 'Save and continue',
  'error.mailingSame.required': 'Choose whether to use your ID-card address',
  'error.houseNo.required': 'Enter the house number',
  'error.houseNo.format': 'A house number uses digits, / and -, up to 20 characters',
  'error.moo.format': 'The village number must be 1 to 3 digits',
  'error.text.long': 'Use 100 characters or fewer',
  'error.postcode.format': 'Enter a 5-digit postcode',
  'error.postcode.unknown': 'We cannot find this postcode. Check it and try again',
  'error.area.required': 'Choose the sub-district of the address',
  'error.tampered': 'Details from your bank cannot be changed. Nothing was saved',
}

/** The texts of the your-details step, with the journey's shared ones. */
export const yourDetailsMessages = defineMessages({ th, en })
export type YourDetailsMessage = keyof typeof th
