import type { Linter } from 'eslint'

/** The boundary rules for the tree at root (see eslint.boundaries.js). */
export function boundaries(root: string): Linter.Config[]
