import type { MenuEntry } from '../menu.js'
import { campaignMessages } from './campaigns.messages.js'
import { directoryMessages } from './directory.messages.js'
import { ETHICS_PATHS } from './paths.js'

/** The ethics section's pages in the back office's menu. */
export const ethicsMenu: readonly MenuEntry[] = [
  {
    href: ETHICS_PATHS.directory,
    permissions: ['ethics.directory'],
    title: (locale) => directoryMessages(locale)('nav.directory'),
    body: (locale) => directoryMessages(locale)('home.directory'),
  },
  {
    href: ETHICS_PATHS.codes,
    permissions: ['ethics.campaigns'],
    title: (locale) => campaignMessages(locale)('nav.codes'),
    body: (locale) => campaignMessages(locale)('home.codes'),
    homeOnly: true,
  },
  {
    href: ETHICS_PATHS.campaigns,
    permissions: ['ethics.campaigns'],
    title: (locale) => campaignMessages(locale)('nav.campaigns'),
    body: (locale) => campaignMessages(locale)('home.campaigns'),
  },
]
