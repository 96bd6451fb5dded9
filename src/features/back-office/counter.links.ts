import type { Locale } from '../../platform/time.js'
import { counterMessages } from './counter.messages.js'
import { OFFICER_PATHS } from './paths.js'
import { can, type Role } from './roles.js'

/** The counter as a link for the navigation and the start page, for either side of the rule. */
export function counterLinks(
  locale: Locale,
  roles: readonly Role[],
): { href: string; title: string; body: string }[] {
  if (!can(roles, 'counter.enter') && !can(roles, 'counter.confirm')) return []
  const m = counterMessages(locale)
  return [{ href: OFFICER_PATHS.counter, title: m('counter.title'), body: m('counter.home') }]
}
