// The load generator: runs autocannon in its own process (never inside the server) and prints one
// JSON line with the result. The run is described on standard input as a LoadSpec.
import { performance } from 'node:perf_hooks'
import autocannon, { type AutocannonRequest } from 'autocannon'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import type { LabelResult, LoadResult, LoadSpec, LoadTarget } from './protocol.js'

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

// The label of the response being counted: set by onResponse, which autocannon calls just before
// it emits 'response' for the same response (synchronously, on the same client).
let answeredLabel: string | undefined

type Context = Record<string, unknown>

function labelled(label: string | ((c: Context) => string | undefined)) {
  return (_status: number, _body: string, context: Context) => {
    answeredLabel = typeof label === 'string' ? label : label(context)
  }
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
  if (target.kind === 'mixed') return mixedRequests(target, issued)
  const { paths, cookies, bodies, labels, headers: extra, bodyType } = target
  return [
    {
      method: target.method,
      setupRequest: (req, context) => {
        const i = issued.n++
        const cookie = cookies && cookies.length > 0 ? cookies[i % cookies.length] : undefined
        const body = bodies && bodies.length > 0 ? bodies[i % bodies.length] : undefined
        if (labels && labels.length > 0) context.label = labels[i % labels.length]
        const headers: Record<string, string> =
          extra && extra.length > 0 ? { ...extra[i % extra.length] } : {}
        if (cookie) headers.cookie = cookie
        if (body !== undefined)
          headers['content-type'] = bodyType === 'json' ? 'application/json' : FORM
        return {
          ...req,
          path: paths[i % paths.length] ?? '/',
          headers,
          ...(body !== undefined ? { body } : {}),
        }
      },
      ...(labels && labels.length > 0
        ? { onResponse: labelled((c) => (typeof c.label === 'string' ? c.label : undefined)) }
        : {}),
    },
  ]
}

const FORM = 'application/x-www-form-urlencoded'
const START = '/register/person'
const DETAILS = '/register/person/details'

/** The mixed load's 20 requests of one connection (see LoadTarget 'mixed'). */
function mixedRequests(
  target: Extract<LoadTarget, { kind: 'mixed' }>,
  issued: { n: number },
): AutocannonRequest[] {
  let reads = 0
  let journeys = 0
  let submits = 0
  const read: AutocannonRequest = {
    method: 'GET',
    setupRequest: (req) => {
      issued.n++
      const i = reads++
      const cookie = target.reads.cookies[i % target.reads.cookies.length] ?? ''
      const headers: Record<string, string> = cookie ? { cookie } : {}
      return { ...req, path: target.reads.paths[i % target.reads.paths.length] ?? '/', headers }
    },
    onResponse: labelled('read'),
  }
  // A new browser each round (autocannon clears the context when the list starts again): the
  // start page gives it a session cookie and a CSRF token, used by the next two steps.
  const open: AutocannonRequest = {
    method: 'GET',
    setupRequest: (req) => {
      issued.n++
      return { ...req, path: START, headers: {} }
    },
    onResponse: (status, body, context, headers) => {
      answeredLabel = 'journey'
      const raw = headers?.['set-cookie'] ?? headers?.['Set-Cookie']
      const all = Array.isArray(raw) ? raw : raw ? [raw] : []
      const sid = all.find((c) => c.startsWith('ctp_sid='))
      if (sid) context.cookie = sid.split(';')[0]
      const token = /name="_csrf" value="([^"]+)"/.exec(body)
      if (token) context.csrf = token[1]
    },
  }
  const form = (path: string, fields: (c: Context) => Record<string, string>) =>
    ({
      method: 'POST',
      setupRequest: (req, context) => {
        issued.n++
        const cookie = typeof context.cookie === 'string' ? context.cookie : ''
        const csrf = typeof context.csrf === 'string' ? context.csrf : ''
        const body = new URLSearchParams({ _csrf: csrf, ...fields(context) }).toString()
        const headers: Record<string, string> = { 'content-type': FORM }
        if (cookie) headers.cookie = cookie
        return { ...req, path, headers, body }
      },
      onResponse: labelled('journey'),
    }) satisfies AutocannonRequest
  const accept = form(START, () => ({ accept: 'yes' }))
  const details = form(DETAILS, () => {
    const n = target.journeyIdStart + journeys++
    return {
      nationalId: withCheckDigit(`7${String(n).padStart(11, '0')}`),
      email: `journey.${n}@example.com`,
      mobile: `08${String(n % 1e8).padStart(8, '0')}`,
    }
  })
  const submit: AutocannonRequest = {
    method: 'POST',
    setupRequest: (req) => {
      issued.n++
      const k = submits++
      // Past the seeded drafts the bench route answers 410, counted as an error.
      const n = target.submit.start + Math.min(k, target.submit.limit)
      return { ...req, path: `${target.submit.prefix}${n}`, headers: {} }
    },
    onResponse: labelled('submit'),
  }
  // 16 reads, 3 journey steps, 1 submit: 80 %, 15 %, 5 % (the submit early in the round, so
  // that a short run has some).
  const r = (k: number) => Array.from({ length: k }, () => read)
  return [...r(2), submit, ...r(3), open, ...r(5), accept, ...r(5), details, ...r(1)]
}

async function run(spec: LoadSpec): Promise<LoadResult> {
  const issued = { n: 0 }
  let latencies = new Float64Array(1 << 16)
  let completed = 0
  let badStatus = 0
  let lastResponseAt = 0
  const statuses: Record<string, number> = {}
  const perLabel = new Map<string, { ms: number[]; errors: number }>()
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
      const bad = status < 200 || status >= 400
      if (bad) badStatus++
      if (answeredLabel !== undefined) {
        let l = perLabel.get(answeredLabel)
        if (!l) perLabel.set(answeredLabel, (l = { ms: [], errors: 0 }))
        l.ms.push(ms)
        if (bad) l.errors++
        answeredLabel = undefined
      }
    })
  })
  const cpu = process.cpuUsage(cpuBefore)
  const sorted = latencies.subarray(0, completed).sort()
  const elapsedS = Math.max(0.001, ((lastResponseAt || performance.now()) - started) / 1000)
  const round = (x: number) => Math.round(x * 100) / 100
  const byLabel: Record<string, LabelResult> = {}
  for (const [label, l] of perLabel) {
    const ms = Float64Array.from(l.ms).sort()
    byLabel[label] = {
      completed: ms.length,
      p50Ms: round(percentile(ms, 50)),
      p95Ms: round(percentile(ms, 95)),
      p99Ms: round(percentile(ms, 99)),
      errors: l.errors,
    }
  }
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
    ...(perLabel.size > 0 ? { byLabel } : {}),
  }
}

const spec = JSON.parse(await readStdin()) as LoadSpec
if (!spec.url.startsWith('http://127.0.0.1:')) throw new Error('load only to 127.0.0.1')
process.stdout.write(`${JSON.stringify(await run(spec))}\n`)
