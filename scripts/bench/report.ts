// The targets of the scenarios and the printed summary of a run.
import type { ScenarioRow } from './client.js'
import type { ProfileSummary } from './profile.js'
import type { StartupResult } from './startup.js'

/** The targets: submit ≥ 0.5× its baseline with p99 < 50 ms at 16 connections; verify ≥ 0.7×. */
export function targetOf(r: ScenarioRow): { text: string; met: boolean | null } {
  if (r.skipped || r.ratio === null) return { text: '—', met: null }
  if (r.name.startsWith('submit-')) {
    const ratioOk = r.ratio >= 0.5
    const ratioText = `≥ 0.5×: ${ratioOk ? 'met' : 'missed'}`
    if (r.connections !== 16) return { text: ratioText, met: ratioOk }
    const p99Ok = (r.p99_ms ?? Infinity) < 50
    return {
      text: `${ratioText}; p99 < 50 ms: ${p99Ok ? 'met' : 'missed'}`,
      met: ratioOk && p99Ok,
    }
  }
  if (r.name === 'verify')
    return { text: `≥ 0.7×: ${r.ratio >= 0.7 ? 'met' : 'missed'}`, met: r.ratio >= 0.7 }
  return { text: 'no target', met: null }
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
        `  ${connections} connection(s), ${p.submits} submits: ${p.statementsPerSubmit} statements per submit ` +
        `(+ BEGIN, COMMIT); mean ${p.meanTotalMs} ms = before the first write ${p.meanReadPhaseMs} ms + writes ${p.meanWritePhaseMs} ms\n${spans}`
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
