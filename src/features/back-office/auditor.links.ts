import type { Locale } from '../../platform/time.js'
import { auditorMessages } from './auditor.messages.js'
import { OFFICER_PATHS } from './paths.js'
import { can, type Role } from './roles.js'

/** The auditor's pages as links for the navigation and the start page, by permission. */
export function auditorLinks(
  locale: Locale,
  roles: readonly Role[],
): { href: string; title: string; body: string }[] {
  const m = auditorMessages(locale)
  return [
    ...(can(roles, 'audit.events')
      ? [{ href: OFFICER_PATHS.auditEvents, title: m('nav.events'), body: m('home.events') }]
      : []),
    ...(can(roles, 'audit.verify')
      ? [{ href: OFFICER_PATHS.auditVerify, title: m('nav.verify'), body: m('home.verify') }]
      : []),
  ]
}
