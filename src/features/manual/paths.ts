import { join } from 'node:path'
import { PROJECT_ROOT } from '../../platform/paths.js'

/** The manual's Markdown and pictures, in the repository (not under the web root). */
export const MANUAL_DIR = join(PROJECT_ROOT, 'manual')
export const MANUAL_IMAGES_DIR = join(MANUAL_DIR, 'images')
/** The Sarabun font files (OFL-1.1) that the print view uses, served with the portal. */
export const FONT_DIR = join(PROJECT_ROOT, 'node_modules', '@fontsource', 'sarabun', 'files')

/** The manual's addresses. */
export const MANUAL_PATHS = {
  index: '/manual',
  search: '/manual/search',
  print: '/manual/print',
  font: (file: string) => `/manual/fonts/${file}`,
  topic: (slug: string) => `/manual/${slug}`,
  image: (file: string) => `/manual/images/${file}`,
} as const
