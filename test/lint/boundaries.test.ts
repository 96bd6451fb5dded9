import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { ESLint, type Linter } from 'eslint'
import tseslint from 'typescript-eslint'
import { boundaries } from '../../eslint.boundaries.js'

// A small tree with one of each thing the house plan forbids, linted with the project's rules.
let root: string
let results: Map<string, string[]>

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}

/** A module of n lines; the first may be a comment. */
function lines(n: number, first?: string): string {
  const body = Array.from({ length: first ? n - 1 : n }, (_, i) => `export const v${i} = ${i}`)
  return (first ? [first, ...body] : body).join('\n')
}

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'ctp-lint-'))
  write('src/features/alpha/index.ts', "export { a } from './a.js'\n")
  write('src/features/alpha/a.ts', "import { b } from '../beta/index.js'\nexport const a = b + 1\n")
  write('src/features/beta/index.ts', "export { b } from './b.js'\n")
  write(
    'src/features/beta/b.ts',
    "import { a } from '../alpha/index.js'\nexport const b = 1\nexport const c = () => a\n",
  )
  write('src/features/gamma/deep.ts', "import { a } from '../alpha/a.js'\nexport const d = a\n")
  write('src/features/gamma/index.ts', "export { d } from './deep.js'\n")
  write('src/platform/p.ts', "import { a } from '../features/alpha/index.js'\nexport const p = a\n")
  write('src/features/gamma/long.ts', `${lines(301)}\n`)
  write('src/features/gamma/exact.ts', `${lines(300)}\n`)
  write(
    'src/features/gamma/reasoned.ts',
    `${lines(301, '/* eslint-disable max-lines -- one table that reads best whole */')}\n`,
  )
  write('src/features/gamma/unreasoned.ts', `${lines(301, '/* eslint-disable max-lines */')}\n`)
  write(
    'src/features/gamma/other-disable.ts',
    '// eslint-disable-next-line no-console -- a reason does not make it allowed\nexport const q = 1\n',
  )
  const config: Linter.Config[] = [tseslint.configs.base as Linter.Config, ...boundaries(root)]
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config })
  results = new Map()
  for (const r of await eslint.lintFiles(['src']))
    results.set(
      r.filePath.slice(root.length + 1),
      r.messages.map((m) => m.ruleId ?? m.message),
    )
})
after(() => rmSync(root, { recursive: true, force: true }))

describe('lint keeps the house plan', () => {
  it('fails on an import cycle between features', () => {
    assert.ok(results.get('src/features/alpha/a.ts')?.includes('import-x/no-cycle'))
    assert.ok(results.get('src/features/beta/b.ts')?.includes('import-x/no-cycle'))
  })

  it('fails on a deep import into another feature, and on platform importing a feature', () => {
    assert.ok(results.get('src/features/gamma/deep.ts')?.includes('import-x/no-restricted-paths'))
    assert.ok(results.get('src/platform/p.ts')?.includes('import-x/no-restricted-paths'))
    assert.deepEqual(results.get('src/features/gamma/index.ts'), [], 'its own files are fine')
  })

  it('fails on a 301-line source file, passes at 300 lines or with a reasoned max-lines disable', () => {
    assert.deepEqual(results.get('src/features/gamma/long.ts'), ['max-lines'])
    assert.deepEqual(results.get('src/features/gamma/exact.ts'), [])
    assert.deepEqual(results.get('src/features/gamma/reasoned.ts'), [])
    assert.ok(
      results
        .get('src/features/gamma/unreasoned.ts')
        ?.includes('@eslint-community/eslint-comments/require-description'),
    )
  })

  it('allows no other eslint-disable', () => {
    assert.ok(
      results
        .get('src/features/gamma/other-disable.ts')
        ?.includes('@eslint-community/eslint-comments/no-restricted-disable'),
    )
  })
})
