import type { SurveyJourneyKind } from '../../platform/db/schema/survey.js'
import type { Locale } from '../../platform/time.js'
import type { MailMessage } from '../mail/index.js'
import { INVITATION_DAYS } from './invitation-days.js'

/** What the invitation thanks for: the registration, a help-desk request, a reactivation. */
type Subject = 'registration' | 'helpdesk' | 'reactivation'

const THANKS: Record<Locale, Record<Subject, { subject: string; thanks: string }>> = {
  th: {
    registration: {
      subject: 'แบบสำรวจความพึงพอใจ: การลงทะเบียนผู้นำเข้าส่งออกของกรมศุลกากร',
      thanks: 'ขอบคุณที่ใช้บริการลงทะเบียนผ่านระบบ Customs Trader Portal',
    },
    helpdesk: {
      subject: 'แบบสำรวจความพึงพอใจ: บริการช่วยเหลือของ Customs Trader Portal',
      thanks: 'ขอบคุณที่ติดต่อฝ่ายบริการช่วยเหลือ เรื่องที่ท่านแจ้งได้รับการแก้ไขแล้ว',
    },
    reactivation: {
      subject: 'แบบสำรวจความพึงพอใจ: การขอใช้ทะเบียนอีกครั้งกับกรมศุลกากร',
      thanks: 'ขอบคุณที่ใช้บริการ ทะเบียนของท่านกลับมาใช้งานได้แล้ว',
    },
  },
  en: {
    registration: {
      subject: 'Satisfaction survey: importer/exporter registration with Thai Customs',
      thanks: 'Thank you for registering through the Customs Trader Portal.',
    },
    helpdesk: {
      subject: 'Satisfaction survey: the Customs Trader Portal help desk',
      thanks: 'Thank you for contacting the help desk. Your request has been resolved.',
    },
    reactivation: {
      subject: 'Satisfaction survey: reactivating your registration with Thai Customs',
      thanks: 'Thank you for using the service. Your registration is active again.',
    },
  },
}

const BODY: Record<Locale, (link: string) => string[]> = {
  th: (link) => [
    `โปรดสละเวลาประมาณ 1 นาทีตอบแบบสำรวจความพึงพอใจ (ตอบได้ครั้งเดียว ภายใน ${INVITATION_DAYS} วัน):`,
    link,
    '',
    'คำตอบไม่ระบุตัวตน: ระบบไม่เก็บว่าใครเป็นผู้ตอบ',
  ],
  en: (link) => [
    `Please take about a minute to answer our satisfaction survey (one answer, within ${INVITATION_DAYS} days):`,
    link,
    '',
    'Answers are anonymous: the portal does not keep who answered.',
  ],
}

function subjectOf(kind: SurveyJourneyKind): Subject {
  return kind === 'helpdesk' || kind === 'reactivation' ? kind : 'registration'
}

function text(locale: Locale, subject: Subject, link: string): string {
  return [THANKS[locale][subject].thanks, '', ...BODY[locale](link)].join('\n')
}

/** The invitation e-mail, in the registrant's language first and the other below. */
export function invitationMail(
  to: string,
  locale: Locale,
  link: string,
  kind: SurveyJourneyKind = 'person',
): MailMessage {
  const other: Locale = locale === 'th' ? 'en' : 'th'
  const subject = subjectOf(kind)
  return {
    to,
    subject: THANKS[locale][subject].subject,
    text: `${text(locale, subject, link)}\n\n----\n\n${text(other, subject, link)}\n`,
  }
}
