// Issue 15, finding 3 (embedded PGlite only): a CLI run beside the running portal on the same
// DATA_DIR used to open a second copy of the database, whose writes the portal never saw and
// which were lost. Now the second process is refused, touches nothing, and names the portal.
import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { sql } from 'kysely'
import { openPglite } from '../../src/platform/db/database.js'
import { LOCK_FILE } from '../../src/platform/db/data-dir-lock.js'
import { freePort } from '../../src/simulators/ekyc/ekyc-simulator.test-support.js'

// The embedded mode: the test run's own database (DATABASE_URL) is not theirs.
const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL'),
)

function envFor(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...baseEnv, NODE_ENV: 'development', LOG_LEVEL: 'info', DATA_DIR: dataDir, ...extra }
}

interface Run {
  code: number | null
  output: string
}

function runCli(script: string, args: string[], dataDir: string): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    env: envFor(dataDir),
    timeout: 60_000,
  })
  return { code: r.status, output: `${r.stdout.toString()}${r.stderr.toString()}` }
}

const dataDir = mkdtempSync(join(tmpdir(), 'ctp-lock-proc-'))
let server: ChildProcess | undefined
let serverOutput = ''
after(() => {
  server?.kill('SIGKILL')
})

async function startServer(): Promise<ChildProcess> {
  const port = String(await freePort())
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: envFor(dataDir, {
      HOST: '127.0.0.1',
      PORT: port,
      IDP_SIMULATOR_PORT: String(await freePort()),
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d: Buffer) => (serverOutput += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (serverOutput += d.toString()))
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`the server did not become healthy:\n${serverOutput}`)
}

async function officerCount(): Promise<number> {
  const database = await openPglite(dataDir)
  try {
    const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM officers`.execute(database.db)
    return r.rows[0]?.n ?? -1
  } finally {
    await database.close()
  }
}

describe('one process per embedded data directory (PGlite only)', () => {
  it('refuses every CLI while the portal runs on the data directory, and writes nothing', async () => {
    server = await startServer()
    const pid = server.pid ?? -1
    const refusal = new RegExp(
      `The portal is running on this data directory \\(pid ${pid}, since [^)]+\\)\\. Stop it first`,
    )
    const clis: [string, string[]][] = [
      ['src/cli/create-admin.ts', ['--username', 'shadow.admin', '--email', 'shadow@example.com']],
      ['src/cli/retention.ts', []],
      ['src/cli/audit-verify.ts', ['--seal']],
      ['src/cli/migrate.ts', []],
    ]
    for (const [script, args] of clis) {
      const r = runCli(script, args, dataDir)
      assert.notEqual(r.code, 0, `${script} must fail:\n${r.output}`)
      assert.match(r.output, refusal, script)
      assert.doesNotMatch(r.output, /created|applied|Usage|npm run/i, script)
    }
    // A second portal on the same directory is refused the same way.
    const second = runCli('src/server.ts', [], dataDir)
    assert.equal(second.code, 1)
    assert.match(second.output, /cannot start: The portal is running on this data directory/)
    assert.ok(existsSync(join(dataDir, LOCK_FILE)), 'the portal keeps its lock')

    const exited = new Promise<number | null>((resolve) => server?.once('exit', resolve))
    server.kill('SIGTERM')
    assert.equal(await exited, 0, serverOutput)
    server = undefined
    assert.equal(existsSync(join(dataDir, LOCK_FILE)), false, 'a clean stop removes the lock')
    assert.equal(await officerCount(), 0, 'the refused create-admin wrote nothing')
  })

  it('takes over the lock a process that ended left behind, and says so', () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
    const pid = Number(gone.stdout.toString())
    writeFileSync(
      join(dataDir, LOCK_FILE),
      JSON.stringify({ pid, host: hostname(), startedAt: 'earlier', command: 'server.mjs' }),
    )
    const r = runCli('src/cli/migrate.ts', [], dataDir)
    assert.equal(r.code, 0, r.output)
    assert.match(r.output, new RegExp(`took over the lock .* left by pid ${pid} `))
    assert.equal(existsSync(join(dataDir, LOCK_FILE)), false)
  })
})
