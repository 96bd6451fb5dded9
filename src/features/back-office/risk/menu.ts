import type { MenuEntry } from '../menu.js'
import { riskMessages } from './messages.js'
import { RISK_PATHS } from './paths.js'

/** The risk register section in the back office's menu. */
export const riskMenu: readonly MenuEntry[] = [
  {
    href: RISK_PATHS.registers,
    permissions: ['risk.register'],
    title: (locale) => riskMessages(locale)('nav.risk'),
    body: (locale) => riskMessages(locale)('home.risk'),
  },
]
