import type { Locale } from '../../platform/time.js'
import type { Role } from '../officers/index.js'
import { auditMenu } from './audit/menu.js'
import { counterMenu } from './counter/menu.js'
import { dpoMenu } from './dpo/menu.js'
import { ethicsMenu } from './ethics/menu.js'
import { helpDeskMenu } from './help-desk/menu.js'
import { officerManualMenu } from './manual/menu.js'
import { menuLinks, type MenuEntry, type MenuLink } from './menu.js'
import { officerAdminMenu } from './officer-admin/menu.js'
import { paymentsMenu } from './payments/menu.js'
import { registryMenu } from './registry/menu.js'
import { riskMenu } from './risk/menu.js'
import { serviceQualityMenu } from './service-quality/menu.js'
import { statisticsMenu } from './statistics/menu.js'

/** Every section's menu entries, in the menu's order: a new section adds its own here. */
export const MENU: readonly MenuEntry[] = [
  ...registryMenu,
  ...officerAdminMenu,
  ...counterMenu,
  ...auditMenu,
  ...dpoMenu,
  ...helpDeskMenu,
  ...serviceQualityMenu,
  ...statisticsMenu,
  ...ethicsMenu,
  ...riskMenu,
  ...paymentsMenu,
  ...officerManualMenu,
]

/** The links the officer's roles may use, in the bar or on the start page. */
export function linksFor(
  locale: Locale,
  roles: readonly Role[],
  where: 'bar' | 'home',
): MenuLink[] {
  return menuLinks(MENU, locale, roles, where)
}
