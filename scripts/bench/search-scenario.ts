// search-1m: the back office's registrant search (POST /officer/registry/search, the real route,
// service and query) over the synthetic registrants of scripts/bench/registrants.ts, by signed-in
// registry officers. A third of the searches by national ID, a third by a Thai name fragment, a
// third by an English one; half of the fragments a whole surname (tens of people), half its first
// two syllables (about a thousand people at 1,000,000 registrants: more than the 500 the search
// shows, so these are the heavy ones).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  cpuProfiled,
  describe,
  measure,
  postJson,
  row,
  warmAndMeasure,
  type RunContext,
  type ScenarioRow,
} from './client.js'
import type { BenchServer } from './processes.js'
import type { LoadTarget } from './protocol.js'
import { registrantFor, SYLLABLE_EN, SYLLABLE_TH } from './registrants.js'

const SEARCH = '/officer/registry/search'
const SESSIONS = 8
const QUERIES = 600
/** Officers searching at the same moment: see docs/benchmarks.md (search-1m). */
export const SEARCH_CONNECTIONS = 4

/** A small deterministic generator, so that every run asks the same questions. */
function lcg(seed: number): () => number {
  let x = seed >>> 0
  return () => {
    x = (Math.imul(x, 1_664_525) + 1_013_904_223) >>> 0
    return x / 2 ** 32
  }
}

/** The first two syllables of a generated surname (registrants.ts builds them from three). */
function prefixOf(surname: string, syllables: readonly string[]): string {
  const lower = surname.toLowerCase()
  const first = syllables.find((s) => lower.startsWith(s)) ?? ''
  const second = syllables.find((s) => lower.slice(first.length).startsWith(s)) ?? ''
  const fragment = surname.slice(0, first.length + second.length)
  return [...fragment].length >= 3 ? fragment : surname
}

export interface SearchQuery {
  label: 'id' | 'name-th' | 'name-en'
  by: 'id' | 'name'
  q: string
}

export function searchQueries(registrants: number): SearchQuery[] {
  const random = lcg(20_261_126)
  const out: SearchQuery[] = []
  for (let i = 0; i < QUERIES; i++) {
    const r = registrantFor(Math.floor(random() * registrants))
    const whole = i % 6 < 3
    if (i % 3 === 0) out.push({ label: 'id', by: 'id', q: r.nationalId })
    else if (i % 3 === 1)
      out.push({
        label: 'name-th',
        by: 'name',
        q: whole ? r.lastTh : prefixOf(r.lastTh, SYLLABLE_TH),
      })
    else
      out.push({
        label: 'name-en',
        by: 'name',
        q: whole ? r.lastEn : prefixOf(r.lastEn, SYLLABLE_EN),
      })
  }
  return out
}

/** Signed-in officer sessions, each with the CSRF token its search form carries. */
async function officerSessions(server: BenchServer): Promise<{ cookie: string; csrf: string }[]> {
  const out = []
  for (let i = 0; i < SESSIONS; i++) {
    const res = await fetch(`${server.url}/bench/officer-session`, {
      method: 'POST',
      signal: AbortSignal.timeout(30_000),
    })
    const sid = res.headers.getSetCookie().find((c) => c.startsWith('ctp_sid='))
    if (res.status !== 200 || !sid) throw new Error(`officer session: ${res.status}`)
    const cookie = sid.split(';')[0] ?? ''
    const page = await fetch(`${server.url}/officer/registry`, {
      headers: { cookie },
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    })
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1]
    if (page.status !== 200 || !csrf) throw new Error(`GET /officer/registry: ${page.status}`)
    out.push({ cookie, csrf })
  }
  return out
}

/** The plans of one query of each kind, written to .cache/search-plans.txt; logs their times. */
async function explain(ctx: RunContext, server: BenchServer, queries: SearchQuery[], root: string) {
  const picks = ['id', 'name-th', 'name-en'].flatMap((label) =>
    queries.filter((q) => q.label === label).slice(0, label === 'id' ? 1 : 2),
  )
  const criteria = picks.map((q) =>
    q.by === 'id' ? { by: 'id', nationalId: q.q } : { by: 'name', fragment: q.q },
  )
  const { plans } = await postJson<{ plans: string[] }>(server, '/bench/search-explain', {
    criteria,
  })
  const text = plans.map((p, i) => `-- ${picks[i]?.label} ${picks[i]?.q}\n${p}\n`).join('\n')
  mkdirSync(join(root, '.cache'), { recursive: true })
  writeFileSync(join(root, '.cache/search-plans.txt'), text)
  plans.forEach((p, i) => {
    // Two statements a search: the matching records, then the page in Thai order.
    const times = [...p.matchAll(/Execution Time: ([\d.]+) ms/g)].map((t) => t[1]).join(' + ')
    const rows = /actual time=[\d.]+\.\.[\d.]+ rows=(\d+)/.exec(p)?.[1] ?? '?'
    const index = p.includes('person_profiles_name_suffixes_idx') ? ', suffix index' : ''
    ctx.log(
      `  EXPLAIN ANALYZE ${picks[i]?.label} "${picks[i]?.q}": ${rows} records matched, ${times} ms${index}`,
    )
  })
  ctx.log('  (plans in .cache/search-plans.txt)')
}

export async function searchScenario(
  ctx: RunContext,
  server: BenchServer,
  registrants: number,
  root: string,
): Promise<ScenarioRow> {
  server.rss.reset()
  const queries = searchQueries(registrants)
  const sessions = await officerSessions(server)
  const first = queries[0]
  const check = await fetch(`${server.url}${SEARCH}`, {
    method: 'POST',
    headers: {
      cookie: sessions[0]?.cookie ?? '',
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ _csrf: sessions[0]?.csrf ?? '', by: 'id', q: first?.q ?? '' }),
    signal: AbortSignal.timeout(30_000),
  })
  const html = await check.text()
  if (check.status !== 200 || !html.includes('/officer/registry/persons/'))
    throw new Error(`a search by national ID found nobody (${check.status})`)
  await explain(ctx, server, queries, root)
  const target: LoadTarget = {
    kind: 'cycle',
    method: 'POST',
    paths: [SEARCH],
    cookies: queries.map((_, i) => sessions[i % SESSIONS]?.cookie ?? ''),
    bodies: queries.map((q, i) =>
      new URLSearchParams({
        _csrf: sessions[i % SESSIONS]?.csrf ?? '',
        by: q.by,
        q: q.q,
      }).toString(),
    ),
    labels: queries.map((q) => q.label),
  }
  const r = await warmAndMeasure(ctx, server, SEARCH_CONNECTIONS, target)
  ctx.log(`  search (${SEARCH_CONNECTIONS} connections): ${describe(r, server)}`)
  for (const [label, l] of Object.entries(r.byLabel ?? {}))
    ctx.log(
      `    ${label.padEnd(8)} ${l.completed} searches, p50 ${l.p50Ms} ms, p95 ${l.p95Ms} ms, p99 ${l.p99Ms} ms, errors ${l.errors}`,
    )
  await cpuProfiled(ctx, server, 'search', SEARCH_CONNECTIONS, target)
  if (!ctx.opts.quick) {
    // The same searches one at a time: the latency without queueing (not in the results file).
    const one = await measure(server, 1, Math.max(5, Math.round(ctx.opts.measureS / 3)), target)
    ctx.log(`  search (1 connection): ${describe(one, server)}`)
    for (const [label, l] of Object.entries(one.byLabel ?? {}))
      ctx.log(`    ${label.padEnd(8)} p50 ${l.p50Ms} ms, p95 ${l.p95Ms} ms, p99 ${l.p99Ms} ms`)
  }
  return row('search-1m', SEARCH_CONNECTIONS, r, null, server.rss.peakMb())
}
