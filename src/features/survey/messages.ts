import { defineMessages } from '../../platform/i18n/index.js'

/** The survey's public pages, its invitation box and the names of the steps it may ask about. */
export const surveyMessages = defineMessages({
  th: {
    'invite.title': 'ช่วยเราปรับปรุงบริการ',
    'invite.body': 'ตอบแบบสำรวจความพึงพอใจ 1 นาที คำตอบไม่ระบุตัวตน และตอบได้ครั้งเดียว',
    'invite.link': 'ตอบแบบสำรวจความพึงพอใจ',
    'form.title': 'แบบสำรวจความพึงพอใจ',
    'form.intro': 'โปรดให้คะแนนบริการลงทะเบียนที่ท่านเพิ่งใช้ ระบบไม่เก็บว่าใครเป็นผู้ตอบ ตอบได้ครั้งเดียว',
    'form.intro.helpdesk':
      'โปรดให้คะแนนบริการช่วยเหลือที่ท่านเพิ่งได้รับ (ข้อคำถามเรื่องการลงทะเบียน ให้ตอบตามประสบการณ์การติดต่อครั้งนี้) ระบบไม่เก็บว่าใครเป็นผู้ตอบ ตอบได้ครั้งเดียว',
    'form.intro.reactivation':
      'โปรดให้คะแนนบริการขอใช้ทะเบียนอีกครั้งที่ท่านเพิ่งใช้ ระบบไม่เก็บว่าใครเป็นผู้ตอบ ตอบได้ครั้งเดียว',
    'form.levelsHint': 'เลือกหนึ่งระดับ',
    'level.5': 'มากที่สุด',
    'level.4': 'มาก',
    'level.3': 'ปานกลาง',
    'level.2': 'น้อย',
    'level.1': 'น้อยที่สุด',
    'level.none': 'ไม่มีความเห็น',
    'form.stepIntro': 'ระหว่างลงทะเบียน ท่านอาจติดขัดที่ขั้นตอนหนึ่ง เราอยากทราบเพื่อปรับปรุง',
    'form.comment': 'ข้อเสนอแนะเพิ่มเติม (ไม่บังคับ)',
    'form.commentHint':
      'โปรดอย่าใส่ข้อมูลส่วนบุคคล เลขประจำตัวประชาชน อีเมล และหมายเลขโทรศัพท์จะถูกปิดบังก่อนบันทึก (ไม่เกิน 2,000 ตัวอักษร)',
    'form.submit': 'ส่งคำตอบ',
    'error.level': 'เลือกระดับสำหรับข้อนี้',
    'error.comment': 'ข้อเสนอแนะต้องไม่เกิน 2,000 ตัวอักษร',
    'error.forged': 'แบบฟอร์มไม่ถูกต้อง โปรดเลือกคำตอบอีกครั้ง',
    'thanks.title': 'ขอบคุณสำหรับคำตอบ',
    'thanks.body': 'บันทึกคำตอบแล้ว คำตอบของท่านช่วยให้กรมศุลกากรปรับปรุงบริการ',
    'thanks.home': 'กลับหน้าแรก',
    'used.title': 'ตอบแบบสำรวจนี้แล้ว',
    'used.body': 'ลิงก์นี้ใช้ตอบได้ครั้งเดียว และได้รับคำตอบแล้ว ขอบคุณที่ร่วมตอบ',
    'expired.title': 'ลิงก์แบบสำรวจหมดอายุแล้ว',
    'expired.body': 'แบบสำรวจเปิดให้ตอบภายใน 30 วันหลังจากลงทะเบียนเสร็จ ขอบคุณที่สนใจ',
    'unknown.title': 'ไม่พบแบบสำรวจ',
    'unknown.body': 'ลิงก์นี้ไม่ถูกต้อง โปรดตรวจสอบว่าคัดลอกลิงก์จากอีเมลครบถ้วน',
    'step.details': 'ข้อมูลผู้ลงทะเบียน',
    'step.confirm-email': 'ยืนยันอีเมล',
    'step.verify': 'ยืนยันตัวตนผ่านแอปธนาคาร',
    'step.your-details': 'ข้อมูลของท่านและที่อยู่',
    'step.check': 'ตรวจสอบข้อมูล',
    'step.company': 'ข้อมูลนิติบุคคล',
    'step.signers': 'กรรมการผู้ลงนาม',
    'step.contact': 'ข้อมูลติดต่อ',
    'step.other': 'ขั้นตอนหนึ่งของการลงทะเบียน',
  },
  en: {
    'invite.title': 'Help us improve',
    'invite.body':
      'Answer a one-minute satisfaction survey. Answers are anonymous and you can answer once.',
    'invite.link': 'Answer the satisfaction survey',
    'form.title': 'Satisfaction survey',
    'form.intro':
      'Please rate the registration service you have just used. The portal does not keep who answered. You can answer once.',
    'form.intro.helpdesk':
      'Please rate the help desk service you have just received (for the questions about registering, answer from this contact). The portal does not keep who answered. You can answer once.',
    'form.intro.reactivation':
      'Please rate the service of reactivating your registration that you have just used. The portal does not keep who answered. You can answer once.',
    'form.levelsHint': 'Choose one level',
    'level.5': 'Very high',
    'level.4': 'High',
    'level.3': 'Moderate',
    'level.2': 'Low',
    'level.1': 'Very low',
    'level.none': 'No opinion',
    'form.stepIntro':
      'You may have had trouble with one step of the registration. Tell us, so we can improve it.',
    'form.comment': 'Any other suggestions (optional)',
    'form.commentHint':
      'Please do not include personal data. National ID numbers, e-mail addresses and phone numbers are masked before storing (up to 2,000 characters).',
    'form.submit': 'Send my answers',
    'error.level': 'Choose a level for this question',
    'error.comment': 'Suggestions must be 2,000 characters or fewer',
    'error.forged': 'The form was not valid. Please choose your answers again.',
    'thanks.title': 'Thank you for your answers',
    'thanks.body': 'Your answers are saved. They help Thai Customs improve the service.',
    'thanks.home': 'Back to the start page',
    'used.title': 'This survey has already been answered',
    'used.body':
      'This link can be used once, and an answer has been received. Thank you for taking part.',
    'expired.title': 'This survey link has expired',
    'expired.body':
      'The survey is open for 30 days after a registration is finished. Thank you for your interest.',
    'unknown.title': 'Survey not found',
    'unknown.body':
      'This link is not valid. Please check that you copied the whole link from the e-mail.',
    'step.details': 'Your details',
    'step.confirm-email': 'Confirm your e-mail',
    'step.verify': 'Identity check in your bank app',
    'step.your-details': 'Your details and address',
    'step.check': 'Check your answers',
    'step.company': 'Company details',
    'step.signers': 'Signing directors',
    'step.contact': 'Contact details',
    'step.other': 'One step of the registration',
  },
})

export type SurveyMessage = Parameters<ReturnType<typeof surveyMessages>>[0]

const STEP_KEYS = new Set<string>([
  'details',
  'confirm-email',
  'verify',
  'your-details',
  'check',
  'company',
  'signers',
  'contact',
])

/** A step's name for people (the step question and the results per step). */
export function stepLabel(step: string, locale: 'th' | 'en'): string {
  const m = surveyMessages(locale)
  return STEP_KEYS.has(step) ? m(`step.${step}` as SurveyMessage) : m('step.other')
}
