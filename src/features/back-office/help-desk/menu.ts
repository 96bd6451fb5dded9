import type { MenuEntry } from '../menu.js'

/** The help-desk section's pages in the back office's menu. */
export const helpDeskMenu: readonly MenuEntry[] = []
