import type { MenuEntry } from '../menu.js'

/** The ethics section's pages in the back office's menu. */
export const ethicsMenu: readonly MenuEntry[] = []
