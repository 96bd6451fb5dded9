// A CPU profile of the bench server while a load runs (V8's sampling profiler through the
// inspector), summed by package and by function, to see where a request's CPU goes.
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import type { FastifyInstance } from 'fastify'

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
}
interface ProfileNode {
  id: number
  callFrame: CallFrame
}
interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export interface CpuSummary {
  totalMs: number
  byPackage: { name: string; pct: number }[]
  topFunctions: { name: string; pct: number }[]
}

let session: Session | undefined

export async function startCpuProfile(): Promise<void> {
  if (session) throw new Error('a CPU profile is already running')
  session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 200 })
  await session.post('Profiler.start')
}

function packageOf(f: CallFrame): string {
  if (f.url === '') return f.functionName.startsWith('(') ? f.functionName : '(native)'
  if (f.url.startsWith('node:')) return 'node internals'
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f.url)
  if (m?.[1]) return m[1]
  const src = /\/(src\/[^/]+(?:\/[^/]+)?)\//.exec(f.url)
  if (src?.[1]) return src[1]
  return /\/scripts\//.test(f.url) ? 'scripts/bench' : f.url
}

function summarise(profile: CpuProfile): CpuSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]))
  const selfUs = new Map<number, number>()
  profile.samples.forEach((id, i) =>
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  )
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0) || 1
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v)
  const pkgs = new Map<string, number>()
  const fns = new Map<string, number>()
  for (const [id, us] of selfUs) {
    const f = byId.get(id)
    if (!f) continue
    const pkg = packageOf(f)
    add(pkgs, pkg, us)
    add(fns, `${f.functionName || '(anonymous)'} [${pkg}:${f.lineNumber + 1}]`, us)
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, pct: Math.round((1000 * us) / total) / 10 }))
  return { totalMs: Math.round(total / 1000), byPackage: top(pkgs, 15), topFunctions: top(fns, 25) }
}

/** Stops the profile; writes it (for Chrome DevTools) when a file is given; returns the summary. */
export async function stopCpuProfile(file?: string): Promise<CpuSummary> {
  if (!session) throw new Error('no CPU profile is running')
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile }
  session.disconnect()
  session = undefined
  if (file) writeFileSync(file, JSON.stringify(profile))
  return summarise(profile)
}

/** POST /bench/cpu/start and /bench/cpu/stop { file? }: profile the server while a load runs. */
export function registerCpuRoutes(app: FastifyInstance): void {
  const noCsrf = { config: { csrfExempt: true } }
  app.post('/bench/cpu/start', noCsrf, async () => {
    await startCpuProfile()
    return { ok: true }
  })
  app.post<{ Body: { file?: string } }>('/bench/cpu/stop', noCsrf, async (request) =>
    stopCpuProfile(request.body?.file),
  )
}
