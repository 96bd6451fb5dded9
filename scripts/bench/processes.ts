// The bench's child processes: the bench server (with IPC and an RSS sampler) and the load
// generator. Every child is started by us, tracked by its pid, and bounded in time.
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LoadResult, LoadSpec, ReadyMessage } from './protocol.js'

const ROOT = new URL('../../', import.meta.url).pathname
const TSX = ['--import', 'tsx']
const children = new Map<ChildProcess, { group: boolean }>()

/** Kills every child still running, by its pid (or its process group's), on a fatal error or an interrupt. */
export function killChildren(): void {
  for (const [child, { group }] of children) {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) continue
    if (group) process.kill(-child.pid, 'SIGKILL')
    else child.kill('SIGKILL')
  }
}

/** Remembers a child until it exits; `group` for a detached child that leads its own process group. */
export function track<C extends ChildProcess>(child: C, group = false): C {
  children.set(child, { group })
  child.once('exit', () => children.delete(child))
  return child
}

const TICKS_PER_S = 100 // USER_HZ on Linux

/** Jiffies of CPU a process has used (user + system). */
function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return Number(fields[11]) + Number(fields[12])
  } catch {
    return 0
  }
}

/** Jiffies used so far by each PostgreSQL process (the server's backends do the database's work). */
function postgresTicks(): Map<number, number> {
  const ticks = new Map<number, number>()
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres')
        ticks.set(Number(pid), processTicks(Number(pid)))
    } catch {
      // gone meanwhile
    }
  }
  return ticks
}

/**
 * PostgreSQL's jiffies between two readings: NaN when a process of the first has ended (a pool
 * closed an idle connection), since the CPU it used before it ended is not known.
 */
function postgresTicksBetween(start: Map<number, number>, end: Map<number, number>): number {
  for (const pid of start.keys()) if (!end.has(pid)) return Number.NaN
  let sum = 0
  for (const [pid, ticks] of end) sum += ticks - (start.get(pid) ?? 0)
  return sum
}

/** Busy and total jiffies of the whole machine. */
export function machineTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? ''
  const v = line.trim().split(/\s+/).slice(1).map(Number)
  const total = v.reduce((a, b) => a + b, 0)
  const idle = (v[3] ?? 0) + (v[4] ?? 0)
  return { busy: total - idle, total }
}

/** CPU used during the last resume..pause window: the server's share of one core and the machine's. */
export interface CpuUse {
  serverCores: number
  /** NaN when a PostgreSQL process ended during the window (its CPU is not known). */
  postgresCores: number
  machineBusyPct: number
  /** Busy cores of the whole machine (of os.availableParallelism()). */
  machineCores: number
}

/** Peak VmRSS of a process, sampled every 200 ms while resumed, until reset; and its CPU use. */
export class RssSampler {
  private timer: NodeJS.Timeout | undefined
  private peakKb = 0
  private cpuStart = { proc: 0, pg: new Map<number, number>(), busy: 0, total: 0, at: 0 }
  lastCpu: CpuUse = { serverCores: 0, postgresCores: 0, machineBusyPct: 0, machineCores: 0 }
  constructor(private readonly pid: number) {}

  private sample(): void {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'))
      if (m?.[1]) this.peakKb = Math.max(this.peakKb, Number(m[1]))
    } catch {
      // the process has gone; keep the peak seen so far
    }
  }

  reset(): void {
    this.peakKb = 0
  }

  resume(): void {
    this.sample()
    this.timer ??= setInterval(() => this.sample(), 200)
    this.cpuStart = {
      proc: processTicks(this.pid),
      pg: postgresTicks(),
      ...machineTicks(),
      at: Date.now(),
    }
  }

  pause(): void {
    this.sample()
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
    const m = machineTicks()
    const seconds = Math.max(0.001, (Date.now() - this.cpuStart.at) / 1000)
    const round = (x: number) => Math.round(x * 100) / 100
    const cores = (ticks: number) => round(ticks / TICKS_PER_S / seconds)
    this.lastCpu = {
      serverCores: cores(processTicks(this.pid) - this.cpuStart.proc),
      postgresCores: cores(postgresTicksBetween(this.cpuStart.pg, postgresTicks())),
      machineBusyPct: Math.round(
        (100 * (m.busy - this.cpuStart.busy)) / Math.max(1, m.total - this.cpuStart.total),
      ),
      machineCores: cores(m.busy - this.cpuStart.busy),
    }
  }

  /** The peak since the last reset, in MB. */
  peakMb(): number {
    return Math.round(this.peakKb / 1024)
  }
}

export interface BenchServer {
  url: string
  ready: ReadyMessage
  rss: RssSampler
  logFile: string
  stop(): Promise<void>
}

let benchBundle: Promise<string> | undefined

/**
 * scripts/bench/server.ts bundled as `npm start` bundles the portal (scripts/bundle.mjs), once
 * per run: the server measured loads and runs the code the way the portal does, not through
 * the TypeScript loader (which adds its own memory and start-up time).
 */
function benchServerBundle(): Promise<string> {
  benchBundle ??= (async () => {
    const outfile = join(ROOT, 'dist', 'bench', 'server.mjs')
    const { buildBundle } = (await import(join(ROOT, 'scripts', 'bundle.mjs'))) as {
      buildBundle(entry: string, outfile: string): Promise<void>
    }
    await buildBundle(join(ROOT, 'scripts/bench/server.ts'), outfile)
    return outfile
  })()
  return benchBundle
}

/** Starts scripts/bench/server.ts (bundled) with the given environment; resolves when it listens. */
export async function startBenchServer(
  env: Record<string, string>,
  logDir: string,
  nodeArgs: string[] = [],
  timeoutMs = 120_000,
): Promise<BenchServer> {
  const logFile = join(logDir, `server-${Date.now()}.log`)
  const log = createWriteStream(logFile)
  const base: Record<string, string | undefined> = { ...process.env }
  delete base.DATABASE_URL
  const child = track(
    spawn(process.execPath, [...nodeArgs, await benchServerBundle()], {
      cwd: ROOT,
      env: { ...base, ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    }),
  )
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  const ready = await new Promise<ReadyMessage>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`bench server not ready in ${timeoutMs} ms (log: ${logFile})`))
    }, timeoutMs)
    child.once('message', (m) => {
      clearTimeout(timer)
      resolve(m as ReadyMessage)
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`bench server exited with ${code} (log: ${logFile})`))
    })
  })
  const pid = child.pid
  if (pid === undefined) throw new Error('bench server has no pid')
  return {
    url: `http://127.0.0.1:${ready.port}`,
    ready,
    rss: new RssSampler(pid),
    logFile,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** Runs a TypeScript CLI of the bench (e.g. seed-registrants.ts) to its end; its output goes to log. */
export async function runCli(
  script: string,
  args: string[],
  env: Record<string, string>,
  log: (line: string) => void,
  timeoutMs: number,
): Promise<void> {
  const base: Record<string, string | undefined> = { ...process.env }
  delete base.DATABASE_URL
  const child = track(
    spawn(process.execPath, [...TSX, join(ROOT, script), ...args], {
      cwd: ROOT,
      env: { ...base, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  )
  let err = ''
  child.stdout?.on('data', (d: Buffer) =>
    d
      .toString()
      .split('\n')
      .filter(Boolean)
      .forEach((l) => log(l)),
  )
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()))
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.once('exit', (c) => {
      clearTimeout(timer)
      resolve(c)
    })
  })
  if (code !== 0) throw new Error(`${script} failed (exit ${code}): ${err.slice(-2000)}`)
}

/** Runs one autocannon measurement in its own process (scripts/bench/load.ts). */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const child = track(
    spawn(process.execPath, [...TSX, join(ROOT, 'scripts/bench/load.ts')], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    }),
  )
  let out = ''
  let err = ''
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()))
  child.stdin?.end(JSON.stringify(spec))
  const limitMs = (spec.durationS + spec.timeoutS + 30) * 1000
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs)
    child.once('exit', (c) => {
      clearTimeout(timer)
      resolve(c)
    })
  })
  const line = out.trim().split('\n').pop() ?? ''
  if (code !== 0 || !line.startsWith('{')) {
    throw new Error(`load generator failed (exit ${code}): ${err.slice(-2000)}`)
  }
  return JSON.parse(line) as LoadResult
}

/** Waits (at most maxWaitS) until the machine is quiet; returns the busy share seen last, in %. */
export async function waitForQuiet(maxWaitS: number, quietPct = 15): Promise<number> {
  if (maxWaitS <= 0) return 0 // the quick run does not wait
  const deadline = Date.now() + maxWaitS * 1000
  for (;;) {
    const a = machineTicks()
    await new Promise((r) => setTimeout(r, 500))
    const b = machineTicks()
    const pct = Math.round((100 * (b.busy - a.busy)) / Math.max(1, b.total - a.total))
    if (pct <= quietPct || Date.now() >= deadline) return pct
  }
}
