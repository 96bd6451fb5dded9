import type { MenuEntry } from '../menu.js'
import { OFFICER_PATHS } from '../paths.js'
import { counterMessages } from './counter.messages.js'

/** The counter in the back office's menu, for either side of the four-eyes rule. */
export const counterMenu: readonly MenuEntry[] = [
  {
    href: OFFICER_PATHS.counter,
    permissions: ['counter.enter', 'counter.confirm'],
    title: (locale) => counterMessages(locale)('counter.title'),
    body: (locale) => counterMessages(locale)('counter.home'),
  },
]
