#!/usr/bin/env node
// Runs the test suites with node:test through tsx.
//   npm test          unit, route and database tests (PGlite, or DATABASE_URL when set),
//                     then the date-module tests again under TZ=Asia/Bangkok
//   npm run test:e2e  browser tests against a started server (Debian's chromium)
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const e2e = process.argv.includes('--e2e')
// Browser test files run side by side: each starts its own server (free ports, its own data
// directory) and its own Chromium. E2E_WORKERS=1 runs them one at a time.
const E2E_WORKERS = Number(process.env.E2E_WORKERS ?? 2)
// `npm test -- <file> …` runs only the named test files (same template and environment).
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'))

function find(dir, pattern, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) find(path, pattern, out)
    else if (pattern.test(name)) out.push(relative(root, path))
  }
  return out
}

function run(files, env, label) {
  if (files.length === 0) {
    console.error(`no test files found for ${label}`)
    process.exit(1)
  }
  console.log(`\n# ${label}: ${files.length} files`)
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      `--test-concurrency=${e2e ? E2E_WORKERS : 2}`,
      ...files,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test', ...env } },
  )
  return result.status ?? 1
}

// The database template is made once per run; every test file then starts from a copy of it.
const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'test/helpers/prepare-db.ts'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, NODE_ENV: 'test' },
})
if (prepared.status !== 0) process.exit(prepared.status ?? 1)
const templateEnv = JSON.parse(prepared.stdout.toString().trim().split('\n').pop())

let status
if (e2e) {
  status = run(
    only.length > 0 ? only : find(join(root, 'test/e2e'), /\.e2e\.tsx?$/),
    { ...templateEnv, TZ: 'UTC' },
    'end-to-end (Chromium)',
  )
} else {
  const files =
    only.length > 0
      ? only
      : [
          ...find(join(root, 'src'), /\.test\.tsx?$/),
          // Browser tests never run here, whatever their name: npm test needs no Chromium.
          ...find(join(root, 'test'), /\.test\.tsx?$/).filter((f) => !f.startsWith('test/e2e/')),
        ]
  status = run(files, { ...templateEnv, TZ: 'UTC' }, 'all tests, TZ=UTC')
  if (status === 0) {
    const timeFiles = files.filter((f) => /(time|migrations)\.test\.tsx?$/.test(f))
    if (timeFiles.length > 0)
      status = run(
        timeFiles,
        { ...templateEnv, TZ: 'Asia/Bangkok' },
        'date module and date columns, TZ=Asia/Bangkok',
      )
  }
}
spawnSync(process.execPath, ['--import', 'tsx', 'test/helpers/prepare-db.ts', '--cleanup'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ...templateEnv },
})
process.exit(status)
