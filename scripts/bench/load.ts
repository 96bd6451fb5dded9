// The load generator: runs autocannon in its own process (never inside the server) and prints one
// JSON line with the result. The run is described on standard input as a LoadSpec.
import { performance } from 'node:perf_hooks'
import autocannon, { type AutocannonRequest } from 'autocannon'
import type { LoadResult, LoadSpec, LoadTarget } from './protocol.js'

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** The exact percentile of sorted values (nearest rank). */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank] ?? 0
}

function requestsFor(target: LoadTarget, issued: { n: number }): AutocannonRequest[] {
  if (target.kind === 'sequence') {
    // One counter for every connection: each seeded draft is submitted once, in order.
    return [
      {
        method: target.method,
        setupRequest: (req) => {
          const n = target.start + issued.n++
          return { ...req, path: `${target.prefix}${n}` }
        },
      },
    ]
  }
  const { paths, cookies } = target
  return [
    {
      method: target.method,
      setupRequest: (req) => {
        const i = issued.n++
        const cookie = cookies && cookies.length > 0 ? cookies[i % cookies.length] : undefined
        return {
          ...req,
          path: paths[i % paths.length] ?? '/',
          ...(cookie ? { headers: { cookie } } : {}),
        }
      },
    },
  ]
}

async function run(spec: LoadSpec): Promise<LoadResult> {
  const issued = { n: 0 }
  let latencies = new Float64Array(1 << 16)
  let completed = 0
  let badStatus = 0
  let lastResponseAt = 0
  const statuses: Record<string, number> = {}
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  const result = await new Promise<{ errors: number }>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: spec.durationS,
        timeout: spec.timeoutS,
        // Stop promptly when the time is up (the default checks once a second).
        sampleInt: 100,
        ...(spec.target.kind === 'sequence' ? { maxOverallRequests: spec.target.limit } : {}),
        requests: requestsFor(spec.target, issued),
      },
      (err, res) => (err ? reject(err) : resolve({ errors: res.errors })),
    )
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (completed === latencies.length) {
        const grown = new Float64Array(latencies.length * 2)
        grown.set(latencies)
        latencies = grown
      }
      latencies[completed++] = ms
      lastResponseAt = performance.now()
      statuses[status] = (statuses[status] ?? 0) + 1
      if (status < 200 || status >= 400) badStatus++
    })
  })
  const cpu = process.cpuUsage(cpuBefore)
  const sorted = latencies.subarray(0, completed).sort()
  const elapsedS = Math.max(0.001, ((lastResponseAt || performance.now()) - started) / 1000)
  const round = (x: number) => Math.round(x * 100) / 100
  return {
    completed,
    issued: issued.n,
    elapsedS: round(elapsedS),
    rps: round(completed / elapsedS),
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    errors: badStatus + result.errors,
    statuses,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  }
}

const spec = JSON.parse(await readStdin()) as LoadSpec
if (!spec.url.startsWith('http://127.0.0.1:')) throw new Error('load only to 127.0.0.1')
process.stdout.write(`${JSON.stringify(await run(spec))}\n`)
