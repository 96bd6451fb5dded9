// Faults server processes: started with IPC, tracked by pid (bench's tracker, so that an abort
// kills them), killed with SIGKILL on purpose, restarted on the same port.
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, type WriteStream } from 'node:fs'
import { createServer } from 'node:net'
import { once } from 'node:events'
import { join } from 'node:path'
import { track } from '../bench/processes.js'
import type { FaultsReady } from './protocol.js'

const ROOT = new URL('../../', import.meta.url).pathname

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  server.close()
  await once(server, 'close')
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

/** One faults server: restartable on its port, with every incarnation's output in one log. */
export class FaultsServer {
  private child: ChildProcess | undefined
  private readonly log: WriteStream
  readonly url: string
  /** Milliseconds each start took until the server listened. */
  readonly startMs: number[] = []

  constructor(
    private readonly env: Record<string, string>,
    readonly port: number,
    readonly logFile: string,
  ) {
    this.url = `http://127.0.0.1:${port}`
    this.log = createWriteStream(logFile, { flags: 'a' })
  }

  get pid(): number | undefined {
    return this.child?.pid
  }

  get running(): boolean {
    return (
      this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null
    )
  }

  /** Starts the server; resolves once it listens. */
  async start(timeoutMs = 60_000): Promise<void> {
    if (this.running) throw new Error('already running')
    const t0 = performance.now()
    const base: Record<string, string | undefined> = { ...process.env }
    delete base.DATABASE_URL
    const child = track(
      spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/faults/server.ts')], {
        cwd: ROOT,
        env: { ...base, ...this.env, PORT: String(this.port) },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      }),
    )
    this.child = child
    child.stdout?.pipe(this.log, { end: false })
    child.stderr?.pipe(this.log, { end: false })
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(new Error(`faults server not ready in ${timeoutMs} ms (log: ${this.logFile})`))
      }, timeoutMs)
      child.once('message', (m) => {
        clearTimeout(timer)
        if ((m as FaultsReady).type === 'ready') resolve()
        else reject(new Error(`unexpected message ${JSON.stringify(m)}`))
      })
      child.once('exit', (code, signal) => {
        clearTimeout(timer)
        reject(new Error(`faults server exited (${code ?? signal}) (log: ${this.logFile})`))
      })
    })
    this.startMs.push(Math.round(performance.now() - t0))
  }

  /** kill -9: no shutdown hooks, no drain, connections cut mid-request. */
  async kill9(): Promise<void> {
    const child = this.child
    if (!child || !this.running) return
    const exited = once(child, 'exit')
    child.kill('SIGKILL')
    await exited
  }

  /** A clean stop (SIGTERM, then SIGKILL after 15 s). */
  async stop(): Promise<void> {
    const child = this.child
    if (!child || !this.running) return
    const exited = once(child, 'exit')
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    await exited
    clearTimeout(timer)
  }

  async close(): Promise<void> {
    await this.stop()
    await new Promise<void>((resolve) => this.log.end(resolve))
  }
}
