// Start-up time with npm start semantics (package.json's "start" command, PORT, DATA_DIR, embedded
// PGlite): from the spawn until /healthz answers, on an empty DATA_DIR and again on the one it left.
import { spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { track } from './processes.js'

const ROOT = new URL('../../', import.meta.url).pathname

/** The command `npm start` runs (npm itself adds a few hundred ms that are not the portal's). */
export function startCommand(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>
  }
  const command = pkg.scripts?.start
  if (!command) throw new Error('package.json has no start script')
  return command
}
const READY_WITHIN_MS = 120_000

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer()
    s.once('error', () => resolve(false))
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)))
  })
}

/** A port p such that p (the portal) and p+1 (the eKYC simulator) are both free. */
async function freePortPair(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const p = 20_000 + Math.floor(Math.random() * 20_000) * 2
    if ((await portFree(p)) && (await portFree(p + 1))) return p
  }
  throw new Error('no free pair of ports')
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) })
    return res.status === 200
  } catch {
    return false
  }
}

/** Starts the portal, waits for /healthz, stops it; returns the milliseconds to ready. */
async function timeOneStart(dataDir: string, logFile: string): Promise<number> {
  const port = await freePortPair()
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    // As npm does: the project's binaries first.
    PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
  }
  delete env.DATABASE_URL
  const log = createWriteStream(logFile, { flags: 'a' })
  const t0 = performance.now()
  // detached: the server is a process group (with any child it starts) that we can stop as one.
  const child = track(
    spawn('/bin/sh', ['-c', `exec ${startCommand()}`], {
      cwd: ROOT,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
    true,
  )
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let ms = -1
  try {
    while (performance.now() - t0 < READY_WITHIN_MS && child.exitCode === null) {
      if (await healthy(`http://127.0.0.1:${port}/healthz`)) {
        ms = performance.now() - t0
        break
      }
      await new Promise((r) => setTimeout(r, 50))
    }
  } finally {
    const pid = child.pid
    if (pid !== undefined && child.exitCode === null && child.signalCode === null) {
      process.kill(-pid, 'SIGTERM')
      const timer = setTimeout(() => process.kill(-pid, 'SIGKILL'), 15_000)
      await exited
      clearTimeout(timer)
    }
  }
  if (ms < 0) throw new Error(`the portal did not answer /healthz (log: ${logFile})`)
  return Math.round(ms)
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

export interface StartupResult {
  firstMs: number[]
  laterMs: number[]
  firstMedianMs: number
  laterMedianMs: number
}

/** `runs` fresh DATA_DIRs: each started once empty, stopped, and started again. */
export async function measureStartup(
  runs: number,
  tmp: string,
  log: (m: string) => void,
): Promise<StartupResult> {
  const firstMs: number[] = []
  const laterMs: number[] = []
  for (let i = 0; i < runs; i++) {
    const dataDir = mkdtempSync(join(tmp, 'startup-'))
    const logFile = join(tmp, `startup-${i}.log`)
    try {
      firstMs.push(await timeOneStart(dataDir, logFile))
      laterMs.push(await timeOneStart(dataDir, logFile))
      log(`  run ${i + 1}: first start ${firstMs.at(-1)} ms, later start ${laterMs.at(-1)} ms`)
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
  return { firstMs, laterMs, firstMedianMs: median(firstMs), laterMedianMs: median(laterMs) }
}
