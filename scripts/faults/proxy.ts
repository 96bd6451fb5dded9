// A TCP proxy between the app and PostgreSQL (node:net) that the faults run can cut:
//   refuse     the database host is gone: every connection reset, new ones refused
//   blackhole  the network drops everything: connections stay open, nothing gets through
// and restore. Deterministic, and it leaves the shared PostgreSQL cluster alone.
import { once } from 'node:events'
import { createConnection, createServer, type Server, type Socket } from 'node:net'

export type CutMode = 'refuse' | 'blackhole'

interface Pair {
  client: Socket
  upstream: Socket | undefined
  /** Bytes the client sent while nothing got through, delivered when the network heals. */
  held: Buffer[]
}

export class TcpProxy {
  private server: Server | undefined
  private readonly pairs = new Set<Pair>()
  private mode: 'up' | CutMode = 'up'
  port = 0

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  get state(): 'up' | CutMode {
    return this.mode
  }

  async listen(port = 0): Promise<number> {
    const server = createServer((client) => this.accept(client))
    server.listen(port, '127.0.0.1')
    await once(server, 'listening')
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('proxy has no port')
    this.server = server
    this.port = address.port
    return this.port
  }

  private accept(client: Socket): void {
    const pair: Pair = { client, upstream: undefined, held: [] }
    this.pairs.add(pair)
    client.on('error', () => this.drop(pair))
    client.on('close', () => this.drop(pair))
    client.on('data', (chunk: Buffer) => {
      if (this.mode === 'blackhole' || !pair.upstream) pair.held.push(chunk)
      else pair.upstream.write(chunk)
    })
    if (this.mode === 'up') this.connectUpstream(pair)
  }

  private connectUpstream(pair: Pair): void {
    const upstream = createConnection(this.targetPort, this.targetHost)
    pair.upstream = upstream
    upstream.on('error', () => this.drop(pair))
    upstream.on('close', () => this.drop(pair))
    upstream.on('connect', () => this.flush(pair))
    upstream.on('data', (chunk: Buffer) => {
      // In a blackhole the answers do not get through either (TCP retransmits them once it heals).
      if (this.mode === 'blackhole') this.late.set(pair, [...(this.late.get(pair) ?? []), chunk])
      else pair.client.write(chunk)
    })
  }

  /** Answers from the database that arrived during a blackhole, delivered when it heals. */
  private readonly late = new Map<Pair, Buffer[]>()

  private flush(pair: Pair): void {
    if (this.mode !== 'up' || !pair.upstream || pair.upstream.connecting) return
    for (const chunk of pair.held.splice(0)) pair.upstream.write(chunk)
    for (const chunk of this.late.get(pair) ?? []) pair.client.write(chunk)
    this.late.delete(pair)
  }

  private drop(pair: Pair): void {
    if (!this.pairs.delete(pair)) return
    this.late.delete(pair)
    pair.client.destroy()
    pair.upstream?.destroy()
  }

  /** Cuts the database off. */
  async cut(mode: CutMode): Promise<void> {
    if (this.mode !== 'up') throw new Error(`already cut (${this.mode})`)
    this.mode = mode
    if (mode === 'refuse') {
      const server = this.server
      this.server = undefined
      const closed = server ? once(server, 'close') : Promise.resolve()
      server?.close()
      for (const pair of [...this.pairs]) {
        pair.client.resetAndDestroy()
        this.drop(pair)
      }
      await closed
    }
  }

  /** Brings the database back: listening again, or the network healed with nothing lost. */
  async restore(): Promise<void> {
    const was = this.mode
    this.mode = 'up'
    if (was === 'refuse') await this.listen(this.port)
    if (was === 'blackhole') {
      for (const pair of this.pairs) {
        if (pair.upstream) this.flush(pair)
        else this.connectUpstream(pair)
      }
    }
  }

  async close(): Promise<void> {
    for (const pair of [...this.pairs]) this.drop(pair)
    const server = this.server
    this.server = undefined
    if (server) {
      server.close()
      await once(server, 'close')
    }
  }
}
