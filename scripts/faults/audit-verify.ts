// The audit chain's own verifier, when the project has one (npm run audit:verify): run against the
// scenario's database before it is dropped. Absent, the check is left out (and the run says so).
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Check, FaultsDatabase } from './database.js'

const ROOT = new URL('../../', import.meta.url).pathname

export function hasAuditVerify(): boolean {
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
    scripts?: Record<string, string>
  }
  return pkg.scripts?.['audit:verify'] !== undefined
}

export async function auditVerify(db: FaultsDatabase): Promise<Check | undefined> {
  if (!hasAuditVerify()) return undefined
  // --seal: chain and sign what the crashed servers left unsealed (as the server's job would),
  // then verify every event against the checkpoints.
  const run = spawnSync('npm', ['run', '--silent', 'audit:verify', '--', '--seal'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: db.url, DATA_DIR: db.dataDir },
    encoding: 'utf8',
    timeout: 120_000,
  })
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-3).join(' / ')
  return {
    name: 'the audit chain verifies (npm run audit:verify -- --seal)',
    ok: run.status === 0,
    detail: `exit ${run.status ?? run.signal}: ${output.slice(0, 300)}`,
  }
}
