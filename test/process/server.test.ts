import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { freePort } from '../../src/simulators/ekyc/ekyc-simulator.test-support.js'

interface Run {
  code: number | null
  output: string
}

/** Runs the server as `npm start` does, optionally sending a signal once it is healthy. */
async function runServer(
  env: Record<string, string>,
  opts: { signalWhenHealthy?: NodeJS.Signals; timeoutMs?: number } = {},
): Promise<Run & { healthy: boolean }> {
  // These runs are about the embedded mode: the test run's own database is not theirs.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL'),
  )
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...inherited, NODE_ENV: 'development', LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr.on('data', (d: Buffer) => (output += d.toString()))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  let healthy = false
  if (opts.signalWhenHealthy && env.PORT) {
    const deadline = Date.now() + (opts.timeoutMs ?? 60_000)
    while (Date.now() < deadline && child.exitCode === null) {
      try {
        if ((await fetch(`http://127.0.0.1:${env.PORT}/healthz`)).ok) {
          healthy = true
          break
        }
      } catch {
        // not yet
      }
      await new Promise((r) => setTimeout(r, 200))
    }
    child.kill(opts.signalWhenHealthy)
  }
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000)
  const code = await exited
  clearTimeout(timer)
  return { code, output, healthy }
}

const tmp = () => mkdtempSync(join(tmpdir(), 'ctp-proc-'))

describe('the server process', () => {
  it('exits with code 1 and names the variable when the configuration is invalid', async () => {
    const r = await runServer({ PORT: 'not-a-port', DATA_DIR: tmp() })
    assert.equal(r.code, 1)
    assert.match(r.output, /PORT/)
    assert.doesNotMatch(r.output, /at .*\.ts:\d+/, 'no stack trace')
  })

  it('refuses to start in production without the production settings', async () => {
    const r = await runServer({ NODE_ENV: 'production', PORT: '0', DATA_DIR: tmp() })
    assert.equal(r.code, 1)
    assert.match(r.output, /DATABASE_URL/)
  })

  it('refuses a data directory made by another PostgreSQL version, with a clear message', async () => {
    const dir = tmp()
    mkdirSync(join(dir, 'pgdata'), { recursive: true })
    writeFileSync(join(dir, 'pgdata', 'PG_VERSION'), '18\n')
    const r = await runServer({ PORT: String(await freePort()), DATA_DIR: dir })
    assert.equal(r.code, 1)
    assert.match(r.output, /made by PostgreSQL 18/)
  })

  it('starts on an empty data folder, serves, and stops cleanly on SIGTERM', async () => {
    const port = await freePort()
    const r = await runServer(
      { PORT: String(port), IDP_SIMULATOR_PORT: String(await freePort()), DATA_DIR: tmp() },
      { signalWhenHealthy: 'SIGTERM' },
    )
    assert.equal(r.healthy, true, r.output)
    assert.equal(r.code, 0, r.output)
    assert.match(r.output, /shutting down/)
    assert.match(r.output, /"msg":"stopped"/)
  })
})
