import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// The same code runs from src/ (tsx) and from dist/portal/ (the bundle): find the project root by
// its package.json rather than by counting directories.
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error('cannot find the project root (package.json)')
    dir = parent
  }
  return dir
}

export const PROJECT_ROOT = findRoot()
export const MIGRATIONS_DIR = join(PROJECT_ROOT, 'db', 'migrations')
export const PUBLIC_DIR = join(PROJECT_ROOT, 'public')
