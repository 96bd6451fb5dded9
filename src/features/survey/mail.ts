import type { Locale } from '../../platform/time.js'
import type { MailMessage } from '../mail/index.js'
import { INVITATION_DAYS } from './invitation-days.js'

const TEXT: Record<Locale, { subject: string; body: (link: string) => string }> = {
  th: {
    subject: 'แบบสำรวจความพึงพอใจ: การลงทะเบียนผู้นำเข้าส่งออกของกรมศุลกากร',
    body: (link) =>
      [
        'ขอบคุณที่ใช้บริการลงทะเบียนผ่านระบบ Customs Trader Portal',
        '',
        `โปรดสละเวลาประมาณ 1 นาทีตอบแบบสำรวจความพึงพอใจ (ตอบได้ครั้งเดียว ภายใน ${INVITATION_DAYS} วัน):`,
        link,
        '',
        'คำตอบไม่ระบุตัวตน: ระบบไม่เก็บว่าใครเป็นผู้ตอบ',
      ].join('\n'),
  },
  en: {
    subject: 'Satisfaction survey: importer/exporter registration with Thai Customs',
    body: (link) =>
      [
        'Thank you for registering through the Customs Trader Portal.',
        '',
        `Please take about a minute to answer our satisfaction survey (one answer, within ${INVITATION_DAYS} days):`,
        link,
        '',
        'Answers are anonymous: the portal does not keep who answered.',
      ].join('\n'),
  },
}

/** The invitation e-mail, in the registrant's language first and the other below. */
export function invitationMail(to: string, locale: Locale, link: string): MailMessage {
  const other: Locale = locale === 'th' ? 'en' : 'th'
  return {
    to,
    subject: TEXT[locale].subject,
    text: `${TEXT[locale].body(link)}\n\n----\n\n${TEXT[other].body(link)}\n`,
  }
}
