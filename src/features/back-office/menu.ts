import type { Locale } from '../../platform/time.js'
import { can, type Permission, type Role } from '../officers/index.js'

/** One entry of the back office's menu, as a section declares it. */
export interface MenuEntry {
  href: string
  /** The entry shows when one of the officer's roles grants any of these (officers/roles.ts). */
  permissions: readonly Permission[]
  title: (locale: Locale) => string
  /** The line under the title on the start page. */
  body: (locale: Locale) => string
  /** Shown on the start page only, not in the bar. */
  homeOnly?: boolean
}

/** A menu entry as pages show it. */
export interface MenuLink {
  href: string
  title: string
  body: string
}

/** The entries these roles may use, in the sections' order, as links in this language. */
export function menuLinks(
  entries: readonly MenuEntry[],
  locale: Locale,
  roles: readonly Role[],
  where: 'bar' | 'home',
): MenuLink[] {
  return entries
    .filter((e) => (where === 'home' || !e.homeOnly) && e.permissions.some((p) => can(roles, p)))
    .map((e) => ({ href: e.href, title: e.title(locale), body: e.body(locale) }))
}
