// Runs scripts/faults/idp.test.ts (node:test) on a PostgreSQL template made by the test helpers,
// and turns its result and measured lines into checks and figures for the faults report.
import { spawnSync } from 'node:child_process'
import { ADMIN_URL } from '../bench/postgres.js'
import type { Check } from './database.js'

const ROOT = new URL('../../', import.meta.url).pathname

export async function idpTest(opts: {
  log(message: string): void
}): Promise<{ checks: Check[]; figures: Record<string, unknown> }> {
  const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: ADMIN_URL }
  const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'test/helpers/prepare-db.ts'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  })
  if (prepared.status !== 0) throw new Error(`preparing the database failed: ${prepared.stderr}`)
  const template = JSON.parse(prepared.stdout.trim().split('\n').pop() ?? '{}') as Record<
    string,
    string
  >
  try {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-reporter=tap', 'scripts/faults/idp.test.ts'],
      { cwd: ROOT, env: { ...env, ...template, TZ: 'UTC' }, encoding: 'utf8', timeout: 180_000 },
    )
    const out = run.stdout ?? ''
    const measured = [...out.matchAll(/measured: (.+)$/gm)].map((m) => m[1] ?? '')
    const failed = [...out.matchAll(/^\s*not ok \d+ - (.+)$/gm)].map((m) => m[1] ?? '')
    const passed = [...out.matchAll(/^\s{4}ok \d+ - (.+)$/gm)].map((m) => m[1] ?? '')
    if (run.status !== 0) opts.log(out.slice(-4000) + (run.stderr ?? '').slice(-2000))
    const checks: Check[] = passed.map((name) => ({ name, ok: true, detail: 'passed' }))
    for (const name of failed) checks.push({ name, ok: false, detail: 'failed (output above)' })
    if (run.status !== 0 && failed.length === 0)
      checks.push({
        name: 'idp.test.ts ran',
        ok: false,
        detail: `exit ${run.status ?? run.signal}`,
      })
    return { checks, figures: { measured } }
  } finally {
    spawnSync(process.execPath, ['--import', 'tsx', 'test/helpers/prepare-db.ts', '--cleanup'], {
      cwd: ROOT,
      env: { ...env, ...template },
      stdio: 'ignore',
    })
  }
}
