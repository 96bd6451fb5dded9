import { z } from 'zod'
import { defineSetting } from '../settings/index.js'

/**
 * Who counts in the top-2-box percentage's base: those who chose a level (1–5), or also those
 * who chose "no opinion". Printed under every figure that uses it.
 */
export const surveyTopTwoBase = defineSetting({
  key: 'survey.top2.base',
  schema: z.enum(['answered', 'answered_and_no_opinion']),
  default: 'answered',
  label: {
    th: 'ฐานของร้อยละ "มาก" และ "มากที่สุด" ในแบบสำรวจความพึงพอใจ',
    en: 'Base of the survey\'s top-2-box percentage ("very high" and "high")',
  },
  help: {
    th: 'ผู้ที่นับเป็นตัวหารของร้อยละความพึงพอใจ แสดงเป็นเชิงอรรถใต้ผลทุกครั้ง',
    en: 'Who is counted in the denominator of the satisfaction percentage; printed as a footnote under the results.',
  },
  choices: {
    answered: {
      th: 'เฉพาะผู้ที่เลือกระดับ 1–5 (ไม่นับ "ไม่มีความเห็น")',
      en: 'Only those who chose a level 1–5 (not "no opinion")',
    },
    answered_and_no_opinion: {
      th: 'ผู้ที่เลือกระดับ 1–5 และผู้ที่เลือก "ไม่มีความเห็น"',
      en: 'Those who chose a level 1–5 and those who chose "no opinion"',
    },
  },
})

export type TopTwoBase = 'answered' | 'answered_and_no_opinion'
