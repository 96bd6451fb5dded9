import type { MenuEntry } from '../menu.js'
import { refundMessages } from './messages.js'
import { PAYMENTS_OFFICER_PATHS } from './paths.js'

/** The payments section's pages in the back office's menu. */
export const paymentsMenu: readonly MenuEntry[] = [
  {
    href: PAYMENTS_OFFICER_PATHS.refunds,
    permissions: ['registry.decisions'],
    title: (locale) => refundMessages(locale)('nav.refunds'),
    body: (locale) => refundMessages(locale)('home.refunds'),
  },
]
