import { defineMessages } from '../../../platform/i18n/index.js'

/** The officers' manual pages around the Markdown. */
export const officerManualMessages = defineMessages({
  th: {
    'nav.manual': 'คู่มือเจ้าหน้าที่',
    'home.manual': 'วิธีทำงานในแต่ละส่วนของระบบงานเจ้าหน้าที่',
    'index.title': 'คู่มือเจ้าหน้าที่',
    'index.lead': 'คู่มือนี้เปิดอ่านได้เฉพาะเจ้าหน้าที่ที่เข้าสู่ระบบแล้ว',
    'topic.updated': 'ปรับปรุงล่าสุด {date} · ระบบรุ่น {version}',
    'topic.back': 'คู่มือเจ้าหน้าที่',
  },
  en: {
    'nav.manual': "Officers' manual",
    'home.manual': 'How to work in each section of the back office',
    'index.title': "Officers' manual",
    'index.lead': 'This manual is for signed-in officers only.',
    'topic.updated': 'Last updated {date} · portal version {version}',
    'topic.back': "Officers' manual",
  },
})
