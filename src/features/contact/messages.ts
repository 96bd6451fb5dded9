import { defineMessages } from '../../platform/i18n/index.js'

// The code e-mail goes out in both languages at once (Thai first), so its texts are written once.
const bilingualMail = {
  'mail.codeSubject': 'รหัสยืนยันอีเมล {code} / E-mail confirmation code',
  'mail.codeBody':
    'รหัสยืนยันอีเมลของท่านคือ {code} ใช้ได้ 10 นาที\nถ้าท่านไม่ได้ขอรหัสนี้ ไม่ต้องทำอะไร\n\nYour e-mail confirmation code is {code}. It works for 10 minutes.',
}

export const contactMessages = defineMessages({ th: bilingualMail, en: bilingualMail })
