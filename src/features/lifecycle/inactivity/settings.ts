import { z } from 'zod'
import { defineSetting } from '../../settings/index.js'

// The inactivity periods of Customs Notifications 64/2561 and 94/2564, as settings so that a
// changed notification is an officer's edit (audited with its reason), not a release.

export const personInactivityMonths = defineSetting({
  key: 'lifecycle.inactivity.person_months',
  schema: z.int().min(1).max(120),
  default: 6,
  label: {
    th: 'ระยะเวลาไม่มีการผ่านพิธีการศุลกากรก่อนระงับทะเบียนบุคคลธรรมดา (เดือน)',
    en: 'Months without customs activity before a person’s registration is suspended',
  },
  help: {
    th: 'นับจากใบขนสินค้าล่าสุด มีอีเมลเตือนก่อน 30 วันและ 7 วัน',
    en: 'Counted from the latest declaration; warnings are e-mailed 30 and 7 days before.',
  },
})

export const companyInactivityMonths = defineSetting({
  key: 'lifecycle.inactivity.company_months',
  schema: z.int().min(1).max(120),
  default: 24,
  label: {
    th: 'ระยะเวลาไม่มีการผ่านพิธีการศุลกากรก่อนระงับทะเบียนนิติบุคคล (เดือน)',
    en: 'Months without customs activity before a company’s registration is suspended',
  },
  help: {
    th: 'นับจากใบขนสินค้าล่าสุด มีอีเมลเตือนก่อน 30 วันและ 7 วัน',
    en: 'Counted from the latest declaration; warnings are e-mailed 30 and 7 days before.',
  },
})
