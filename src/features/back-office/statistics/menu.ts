import type { MenuEntry } from '../menu.js'

/** The statistics section's pages in the back office's menu. */
export const statisticsMenu: readonly MenuEntry[] = []
