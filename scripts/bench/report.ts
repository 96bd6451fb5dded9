// The targets of the scenarios and the printed summary of a run.
import type { ScenarioRow } from './client.js'
import type { ProfileSummary } from './profile.js'
import type { StartupResult } from './startup.js'

/**
 * The issues' targets: submit ≥ 0.5× its baseline with p99 < 50 ms at 16 connections; verify
 * ≥ 0.7×; auditing costs ≤ 10 % of the submit's throughput (submit-no-audit: rps is the variant
 * without auditing, baseline_rps the real submit); search p95 ≤ 20 ms; server RSS ≤ 300 MB under
 * load in PostgreSQL mode (PGlite lives in the process: no target).
 */
export function targetOf(r: ScenarioRow): { text: string; met: boolean | null } {
  if (r.skipped || r.rps === null) return { text: '—', met: null }
  const parts: { text: string; met: boolean }[] = []
  const add = (label: string, met: boolean) =>
    parts.push({ text: `${label}: ${met ? 'met' : 'missed'}`, met })
  if (r.name === 'submit-no-audit' && r.ratio !== null) {
    const loss = Math.round((1 - 1 / r.ratio) * 1000) / 10
    add(`audit cost ${loss} % ≤ 10 %`, loss <= 10)
  } else if (r.name.startsWith('submit-') && r.ratio !== null) {
    add('≥ 0.5×', r.ratio >= 0.5)
    if (r.connections === 16) add('p99 < 50 ms', (r.p99_ms ?? Infinity) < 50)
  } else if (r.name === 'verify' && r.ratio !== null) add('≥ 0.7×', r.ratio >= 0.7)
  else if (r.name === 'registration-check' && r.ratio !== null) add('≥ 0.7×', r.ratio >= 0.7)
  else if (r.name === 'activity-api-1000') add('≥ 2,000 events/s', (r.rps ?? 0) * 1000 >= 2000)
  else if (r.name === 'inactivity-sweep')
    // "Without locking out submits": none fails or waits a second while the sweep runs. The
    // ratio to the submits just before is reported beside it (on 2 cores the sweep takes one).
    add(
      'no submit locked out (0 errors, p99 < 1 s)',
      r.errors === 0 && (r.p99_ms ?? Infinity) < 1000,
    )
  else if (r.name === 'search-1m') add('p95 ≤ 20 ms', (r.p95_ms ?? Infinity) <= 20)
  else if (r.name === 'statistics-1m') add('p95 ≤ 30 ms', (r.p95_ms ?? Infinity) <= 30)
  else if (r.name === 'survey-results-year') add('p95 ≤ 200 ms', (r.p95_ms ?? Infinity) <= 200)
  if (r.name !== 'submit-pglite' && r.peak_rss_mb !== null)
    add('RSS ≤ 300 MB', r.peak_rss_mb <= 300)
  if (parts.length === 0) return { text: 'no target', met: null }
  return { text: parts.map((p) => p.text).join('; '), met: parts.every((p) => p.met) }
}

const cell = (v: number | string | null | undefined) =>
  v === null || v === undefined ? '—' : String(v)

/** The results as a Markdown table (also what docs/benchmarks.md shows). */
export function markdownTable(rows: ScenarioRow[]): string {
  const head =
    '| scenario | conns | req/s | p50 ms | p95 ms | p99 ms | errors | baseline req/s | ratio | peak RSS MB | target |\n' +
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n'
  return (
    head +
    rows
      .map((r) =>
        r.skipped
          ? `| ${r.name} | — | — | — | — | — | — | — | — | — | skipped: ${r.skipped} |`
          : `| ${r.name} | ${cell(r.connections)} | ${cell(r.rps)} | ${cell(r.p50_ms)} | ${cell(r.p95_ms)} | ${cell(r.p99_ms)} | ${cell(r.errors)} | ${cell(r.baseline_rps)} | ${cell(r.ratio)} | ${cell(r.peak_rss_mb)} | ${targetOf(r).text} |`,
      )
      .join('\n') +
    '\n'
  )
}

export function profileText(profiles: { connections: number; profile: ProfileSummary }[]): string {
  return profiles
    .map(({ connections, profile: p }) => {
      const spans = p.spans
        .map((s) => `    ${s.label.padEnd(36)} ×${s.perSubmit}  mean ${s.meanMs} ms`)
        .join('\n')
      return (
        `  ${connections} connection(s), ${p.submits} submits: ${p.statementsPerSubmit} statements per submit; ` +
        `mean ${p.meanTotalMs} ms = before the first write ${p.meanReadPhaseMs} ms + writes ${p.meanWritePhaseMs} ms\n${spans}`
      )
    })
    .join('\n')
}

export function startupText(s: StartupResult): string {
  const verdict = (ms: number, limit: number) =>
    `${ms} ms (target ≤ ${limit / 1000} s: ${ms <= limit ? 'met' : 'missed'})`
  return (
    `  first start (empty DATA_DIR): runs ${s.firstMs.join(', ')} ms; median ${verdict(s.firstMedianMs, 15_000)}\n` +
    `  later start (existing DATA_DIR): runs ${s.laterMs.join(', ')} ms; median ${verdict(s.laterMedianMs, 3_000)}`
  )
}
