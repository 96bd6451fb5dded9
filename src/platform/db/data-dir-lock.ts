import { randomBytes } from 'node:crypto'
import { linkSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { basename, join } from 'node:path'

/**
 * One process at a time per embedded data directory. PGlite keeps the database in the memory of
 * the process that opened it and writes it back to files: a second process opening the same
 * directory sees a stale copy, and what either writes is lost or corrupts the other (issue 15,
 * finding 3). The lock is a file in DATA_DIR holding the owner's pid, host and start time,
 * created atomically (a hard link of a complete file, which fails if the lock exists), removed
 * when the owner closes the database, and taken over when its owner is no longer running.
 */
export const LOCK_FILE = 'portal.lock'

interface LockOwner {
  pid: number
  host: string
  startedAt: string
  command: string
}

/** Raised when the embedded data directory cannot be used (made by another build, or in use). */
export class DataDirectoryError extends Error {
  override name = 'DataDirectoryError'
}

/** Raised when another process holds the data directory. */
export class DataDirectoryInUseError extends DataDirectoryError {
  override name = 'DataDirectoryInUseError'
  constructor(
    readonly owner: LockOwner,
    readonly lockFile: string,
  ) {
    super(describeRefusal(owner, lockFile))
  }
}

/** Locks taken by this process (a second open of the same directory in-process is refused too). */
const heldHere = new Set<string>()

function describeRefusal(owner: LockOwner, lockFile: string): string {
  const who = /(?:^|[\\/])(?:server|start)\.(?:ts|mjs|js)\b/.test(owner.command)
    ? 'The portal is running'
    : `Another command (${owner.command}) is running`
  const where = owner.host === hostname() ? '' : ` on host ${owner.host}`
  return (
    `${who} on this data directory (pid ${owner.pid}${where}, since ${owner.startedAt}). ` +
    'Stop it first, then run this again: the embedded database can be used by one process at a time ' +
    '(with PostgreSQL, DATABASE_URL, commands can run beside the portal). ' +
    `If no such process is running, delete ${lockFile}.`
  )
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'))
    if (typeof value !== 'object' || value === null) return undefined
    const o = value as Record<string, unknown>
    if (typeof o.pid !== 'number' || typeof o.host !== 'string') return undefined
    return {
      pid: o.pid,
      host: o.host,
      startedAt: typeof o.startedAt === 'string' ? o.startedAt : '?',
      command: typeof o.command === 'string' ? o.command : '?',
    }
  } catch {
    return undefined
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Whether the recorded owner still holds the lock (unknowable on another host: assume so). */
function ownerAlive(owner: LockOwner, file: string): boolean {
  if (owner.host !== hostname()) return true
  // Our own pid in a lock we do not hold: a restart that reused the pid (pid 1 in a container).
  if (owner.pid === process.pid) return heldHere.has(file)
  return isRunning(owner.pid)
}

export interface DataDirLock {
  release(): void
}

/**
 * Takes the data directory's lock, or throws DataDirectoryInUseError naming the process that
 * holds it. A lock left by a process that is no longer running is taken over (`warn` says so).
 */
export function lockDataDir(dataDir: string, warn: (message: string) => void): DataDirLock {
  const file = join(dataDir, LOCK_FILE)
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    command: process.argv
      .slice(1)
      .map((a, i) => (i === 0 ? basename(a) : a))
      .join(' '),
  }
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
  writeFileSync(tmp, `${JSON.stringify(me)}\n`, { mode: 0o644 })
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(tmp, file)
        heldHere.add(file)
        // An exit without closing (a shutdown deadline, a crash) leaves no lock behind either.
        const onExit = () => release(file, me)
        process.once('exit', onExit)
        return {
          release() {
            process.removeListener('exit', onExit)
            release(file, me)
          },
        }
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      }
      const owner = readOwner(file)
      if (owner && ownerAlive(owner, file)) throw new DataDirectoryInUseError(owner, file)
      // Stale (or unreadable): move it aside atomically, so two takers cannot both succeed.
      const aside = `${file}.stale.${process.pid}.${randomBytes(4).toString('hex')}`
      try {
        renameSync(file, aside)
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue
        throw err
      }
      const moved = readOwner(aside)
      if (moved && ownerAlive(moved, file)) {
        // Another process took the lock over between our read and the rename: put it back.
        try {
          linkSync(aside, file)
        } finally {
          unlinkSync(aside)
        }
        throw new DataDirectoryInUseError(moved, file)
      }
      unlinkSync(aside)
      warn(
        owner
          ? `took over the lock of ${dataDir}, left by pid ${owner.pid} (${owner.command}, since ${owner.startedAt}), which is no longer running`
          : `took over an unreadable lock file in ${dataDir}`,
      )
    }
    throw new Error(`could not lock ${dataDir}: its lock file kept changing`)
  } finally {
    unlinkSync(tmp)
  }
}

function release(file: string, me: LockOwner): void {
  heldHere.delete(file)
  const owner = readOwner(file)
  // Only our own lock: never one another process took over meanwhile.
  if (owner && owner.pid === me.pid && owner.startedAt === me.startedAt && owner.host === me.host)
    rmSync(file, { force: true })
}
