// Issue 17, point 5: the start-up line printed http://127.0.0.1:PORT (the listening address)
// while every link, QR code and the bank's callback used PUBLIC_BASE_URL (localhost): a person
// who opened the printed address lost their session at the bank's return.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { freePort } from '../../src/simulators/ekyc/ekyc-simulator.test-support.js'

describe('the server’s start-up line', () => {
  it('prints the address the links use (PUBLIC_BASE_URL), and the listening address sends pages there', async () => {
    const port = await freePort()
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL'),
    )
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: {
        ...inherited,
        NODE_ENV: 'development',
        LOG_LEVEL: 'info',
        HOST: '127.0.0.1',
        PORT: String(port),
        IDP_SIMULATOR_PORT: String(await freePort()),
        DATA_DIR: mkdtempSync(join(tmpdir(), 'ctp-proc-')),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    const exited = new Promise((resolve) => child.once('exit', resolve))
    try {
      // Generous: a start on a busy two-core machine has taken over a minute.
      const deadline = Date.now() + 150_000
      while (!/is ready at/.test(output) && child.exitCode === null && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200))
      const line = output.split('\n').find((l) => l.includes('is ready at'))
      assert.ok(line, `the server printed its start-up line: ${output}`)
      const ready = JSON.parse(line) as { msg: string; url: string; listening: string }
      assert.equal(ready.url, `http://localhost:${port}`)
      assert.equal(ready.msg, `Customs Trader Portal is ready at http://localhost:${port}`)
      assert.equal(ready.listening, `http://127.0.0.1:${port}`)
      // Someone who opens the listening address anyway is sent to the printed one.
      const page = await fetch(`http://127.0.0.1:${port}/register/person`, {
        headers: { accept: 'text/html' },
        redirect: 'manual',
      })
      assert.equal(page.status, 302)
      assert.equal(page.headers.get('location'), `http://localhost:${port}/register/person`)
      const health = await fetch(`http://127.0.0.1:${port}/healthz`, { redirect: 'manual' })
      assert.equal(health.status, 200)
    } finally {
      child.kill('SIGTERM')
      await exited
    }
  })
})
