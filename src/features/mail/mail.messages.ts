import { defineMessages } from '../../platform/i18n/index.js'

/** Messages of the development mail viewer, Thai and English. */
export const mailMessages = defineMessages({
  th: {
    'viewer.title': 'กล่องจดหมายสำหรับทดสอบ',
    'viewer.tag': 'ระบบจำลอง (SIMULATOR)',
    'viewer.lead': 'อีเมลที่ระบบส่งในโหมดพัฒนาและทดสอบจะถูกเก็บไว้ที่นี่แทนการส่งออกจริง หน้านี้ไม่มีในระบบจริง',
    'viewer.empty': 'ยังไม่มีอีเมล',
    'viewer.caption': 'อีเมลล่าสุด {count} ฉบับ เรียงจากใหม่ไปเก่า',
    'viewer.to': 'ถึง',
    'viewer.subject': 'เรื่อง',
    'viewer.received': 'เวลาที่ได้รับ',
    'message.title': 'อีเมล: {subject}',
    'message.back': 'กลับไปที่กล่องจดหมายสำหรับทดสอบ',
    'message.headers': 'ส่วนหัวของอีเมล',
    'message.from': 'จาก',
    'message.date': 'วันที่',
    'message.messageId': 'Message-ID',
    'message.text': 'เนื้อหา (ข้อความธรรมดา)',
    'message.html': 'ฉบับ HTML (แสดงเป็นโค้ด ไม่แสดงผล)',
    'message.raw': 'ต้นฉบับ MIME',
  },
  en: {
    'viewer.title': 'Test mailbox',
    'viewer.tag': 'SIMULATOR',
    'viewer.lead':
      'In development and test, e-mail the service sends is kept here instead of being sent. The live service has no such page.',
    'viewer.empty': 'No e-mail yet.',
    'viewer.caption': 'The newest {count} messages, newest first',
    'viewer.to': 'To',
    'viewer.subject': 'Subject',
    'viewer.received': 'Received',
    'message.title': 'E-mail: {subject}',
    'message.back': 'Back to the test mailbox',
    'message.headers': 'Headers',
    'message.from': 'From',
    'message.date': 'Date',
    'message.messageId': 'Message-ID',
    'message.text': 'Message (plain text)',
    'message.html': 'HTML version (shown as source, not rendered)',
    'message.raw': 'MIME source',
  },
})

export type MailTranslate = ReturnType<typeof mailMessages>
