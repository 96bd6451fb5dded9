import type { MenuEntry } from '../menu.js'
import { SERVICE_QUALITY_PATHS } from './paths.js'
import { definitionMessages } from './definition.messages.js'
import { resultsMessages } from './results.messages.js'
import { settingsMessages } from './settings.messages.js'

/** The service-quality section's pages in the back office's menu. */
export const serviceQualityMenu: readonly MenuEntry[] = [
  {
    href: SERVICE_QUALITY_PATHS.surveyResults,
    permissions: ['survey.results'],
    title: (locale) => resultsMessages(locale)('nav.results'),
    body: (locale) => resultsMessages(locale)('home.results'),
  },
  {
    href: SERVICE_QUALITY_PATHS.surveyDefinition,
    permissions: ['survey.define'],
    title: (locale) => definitionMessages(locale)('nav.definition'),
    body: (locale) => definitionMessages(locale)('home.definition'),
  },
  {
    href: SERVICE_QUALITY_PATHS.settings,
    permissions: ['settings.edit'],
    title: (locale) => settingsMessages(locale)('nav.settings'),
    body: (locale) => settingsMessages(locale)('home.settings'),
  },
]
