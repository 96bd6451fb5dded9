import type { MenuEntry } from '../menu.js'
import { deskMessages } from './messages.js'
import { DESK_PATHS } from './paths.js'

/** The help-desk section's pages in the back office's menu. */
export const helpDeskMenu: readonly MenuEntry[] = [
  {
    href: DESK_PATHS.inbox('desk'),
    permissions: ['helpdesk.tickets'],
    title: (locale) => deskMessages(locale)('nav.inbox'),
    body: (locale) => deskMessages(locale)('home.inbox'),
  },
  {
    href: DESK_PATHS.inbox('sealed'),
    permissions: ['helpdesk.sealed'],
    title: (locale) => deskMessages(locale)('nav.sealed'),
    body: (locale) => deskMessages(locale)('home.sealed'),
  },
  {
    href: DESK_PATHS.statistics,
    permissions: ['helpdesk.tickets'],
    title: (locale) => deskMessages(locale)('nav.statistics'),
    body: (locale) => deskMessages(locale)('home.statistics'),
  },
  {
    href: DESK_PATHS.config,
    permissions: ['helpdesk.configure'],
    title: (locale) => deskMessages(locale)('nav.config'),
    body: (locale) => deskMessages(locale)('home.config'),
  },
  {
    href: DESK_PATHS.holidays,
    permissions: ['helpdesk.configure'],
    title: (locale) => deskMessages(locale)('nav.holidays'),
    body: (locale) => deskMessages(locale)('home.holidays'),
  },
  {
    href: DESK_PATHS.targets,
    permissions: ['helpdesk.configure'],
    title: (locale) => deskMessages(locale)('nav.targets'),
    body: (locale) => deskMessages(locale)('home.targets'),
  },
]
