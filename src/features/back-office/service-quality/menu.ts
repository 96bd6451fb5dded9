import type { MenuEntry } from '../menu.js'

/** The service-quality section's pages in the back office's menu. */
export const serviceQualityMenu: readonly MenuEntry[] = []
