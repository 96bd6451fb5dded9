import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { DataDirectoryInUseError, LOCK_FILE, lockDataDir } from './data-dir-lock.js'

const tmp = () => mkdtempSync(join(tmpdir(), 'ctp-lock-'))

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
  return Number(child.stdout.toString())
}

function writeLock(dir: string, owner: Record<string, unknown>): void {
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify(owner))
}

describe('the embedded data directory lock (PGlite only: PostgreSQL has its own)', () => {
  it('writes the owner pid, refuses a second opener, and is removed on release', () => {
    const dir = tmp()
    const lock = lockDataDir(dir, () => assert.fail('no warning expected'))
    const owner = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number }
    assert.equal(owner.pid, process.pid)
    assert.throws(
      () => lockDataDir(dir, () => undefined),
      (err: unknown) =>
        err instanceof DataDirectoryInUseError &&
        err.owner.pid === process.pid &&
        /on this data directory \(pid \d+, since .*\)\. Stop it first/.test(err.message),
    )
    lock.release()
    assert.equal(existsSync(join(dir, LOCK_FILE)), false)
    lockDataDir(dir, () => undefined).release()
    assert.deepEqual(readdirSync(dir), [], 'no temporary files left behind')
  })

  it('names the portal when the portal holds it', () => {
    const dir = tmp()
    writeLock(dir, { pid: process.ppid, host: hostname(), startedAt: 'x', command: 'server.ts' })
    assert.throws(
      () => lockDataDir(dir, () => undefined),
      (err: unknown) =>
        err instanceof DataDirectoryInUseError &&
        err.message.startsWith(
          `The portal is running on this data directory (pid ${process.ppid}, `,
        ) &&
        err.message.endsWith(`delete ${join(dir, LOCK_FILE)}.`),
    )
  })

  it('takes over a lock whose process has ended, and says so', () => {
    const dir = tmp()
    const pid = deadPid()
    writeLock(dir, { pid, host: hostname(), startedAt: 'then', command: 'server.ts' })
    const warnings: string[] = []
    const lock = lockDataDir(dir, (m) => warnings.push(m))
    assert.equal(warnings.length, 1)
    assert.match(warnings[0] ?? '', new RegExp(`left by pid ${pid} .*no longer running`))
    const owner = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number }
    assert.equal(owner.pid, process.pid)
    lock.release()
    assert.deepEqual(readdirSync(dir), [])
  })

  it('takes over a lock with its own pid that it does not hold (a restarted container)', () => {
    const dir = tmp()
    writeLock(dir, { pid: process.pid, host: hostname(), startedAt: 'then', command: 'x' })
    const warnings: string[] = []
    lockDataDir(dir, (m) => warnings.push(m)).release()
    assert.equal(warnings.length, 1)
  })

  it('refuses a lock held from another host, where it cannot tell whether the owner runs', () => {
    const dir = tmp()
    writeLock(dir, { pid: deadPid(), host: 'elsewhere', startedAt: 'then', command: 'x' })
    assert.throws(() => lockDataDir(dir, () => undefined), /on host elsewhere/)
    assert.ok(existsSync(join(dir, LOCK_FILE)))
  })

  it('never removes a lock that another process took over', () => {
    const dir = tmp()
    const lock = lockDataDir(dir, () => undefined)
    writeLock(dir, { pid: process.ppid, host: hostname(), startedAt: 'later', command: 'x' })
    lock.release()
    assert.ok(existsSync(join(dir, LOCK_FILE)))
  })
})
