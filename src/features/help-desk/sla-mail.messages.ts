import { defineMessages } from '../../platform/i18n/index.js'

// The SLA e-mails to officers: the ticket's reference and category, the target, the link to it.
// Never the reporter's subject, words or address (the mail leaves the back office).

const th = {
  'subject.warning': 'ใกล้ครบกำหนดเวลาให้บริการ: เรื่อง {reference}',
  'subject.breached': 'เกินกำหนดเวลาให้บริการ: เรื่อง {reference}',
  'body.intro': 'เรื่อง {reference} ({category}) {whose}',
  'body.assigned': 'ซึ่งมอบหมายให้คุณ',
  'body.unassigned': 'ซึ่งยังไม่มีผู้รับผิดชอบ',
  'line.warning.first_response': '- ใกล้ครบกำหนดตอบครั้งแรก ({hours} ชั่วโมงทำการ) ครบกำหนด {due}',
  'line.warning.resolution': '- ใกล้ครบกำหนดแก้ไขให้เสร็จ ({hours} ชั่วโมงทำการ) ครบกำหนด {due}',
  'line.first_response_breached': '- เกินกำหนดตอบครั้งแรกแล้ว ({hours} ชั่วโมงทำการ)',
  'line.resolution_breached': '- เกินกำหนดแก้ไขให้เสร็จแล้ว ({hours} ชั่วโมงทำการ)',
  'body.link': 'เปิดเรื่อง: {link}',
}
const en: Record<keyof typeof th, string> = {
  'subject.warning': 'Service target nearing: {reference}',
  'subject.breached': 'Service target passed: {reference}',
  'body.intro': 'Ticket {reference} ({category}), {whose}:',
  'body.assigned': 'assigned to you',
  'body.unassigned': 'not assigned to anyone yet',
  'line.warning.first_response':
    '- the first reply ({hours} business hours) is nearly due: due {due}',
  'line.warning.resolution': '- the resolution ({hours} business hours) is nearly due: due {due}',
  'line.first_response_breached': '- the first reply target ({hours} business hours) has passed',
  'line.resolution_breached': '- the resolution target ({hours} business hours) has passed',
  'body.link': 'Open it: {link}',
}
export const slaMailMessages = defineMessages({ th, en })
export type SlaMailMessage = keyof typeof th
