// Where a submit spends its time: every statement it sends (through a Kysely plugin on a per-request
// handle) and the receipt signature, timed and summed over many submits.
import { performance } from 'node:perf_hooks'
import {
  AliasNode,
  TableNode,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely'
import type { ReceiptSigner } from '../../src/features/receipts/index.js'

interface Span {
  label: string
  start: number
  end: number
}

function tableOf(node: OperationNode | undefined): string {
  if (!node) return '?'
  if (TableNode.is(node)) return node.table.identifier.name
  if (AliasNode.is(node)) return tableOf(node.node)
  return node.kind
}

function labelOf(node: RootOperationNode): string {
  switch (node.kind) {
    case 'SelectQueryNode':
      return `SELECT ${tableOf(node.from?.froms[0])}`
    case 'InsertQueryNode':
      return `INSERT ${tableOf(node.into)}`
    case 'UpdateQueryNode':
      return `UPDATE ${tableOf(node.table)}`
    case 'RawNode': {
      // sql`…`: its first keyword and the tables it names.
      const text = node.sqlFragments.join('?')
      const verb = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? 'SQL'
      // The submit's one write statement: its parts are query builders, not in the text.
      if (verb === 'WITH') return 'WITH … (every row of the submit, one statement)'
      const tables = [...text.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+(?!LATERAL\b)(\w+)/gi)].map(
        (m) => m[1],
      )
      return `${verb} ${[...new Set(tables)].join(' + ')} (raw SQL)`
    }
    default:
      return node.kind
  }
}

/** Records one span per statement: from compilation (before the pool hands out a connection) to its result. */
export class TracePlugin implements KyselyPlugin {
  private readonly open = new WeakMap<object, Span>()
  constructor(private readonly spans: Span[]) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const span = { label: labelOf(args.node), start: performance.now(), end: 0 }
    this.spans.push(span)
    this.open.set(args.queryId, span)
    return args.node
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const span = this.open.get(args.queryId)
    if (span) span.end = performance.now()
    return args.result
  }
}

/** The signer, with each signature recorded as a span. */
export function tracedSigner(signer: ReceiptSigner, spans: Span[]): ReceiptSigner {
  return {
    ...signer,
    async sign(payload) {
      const span = { label: 'Ed25519 sign (CPU)', start: performance.now(), end: 0 }
      spans.push(span)
      const jws = await signer.sign(payload)
      span.end = performance.now()
      return jws
    },
  }
}

export interface ProfileSummary {
  submits: number
  /** Statements sent per submit. */
  statementsPerSubmit: number
  meanTotalMs: number
  /** From the start of the request to the end of the last span (read, signature) before the first write. */
  meanReadPhaseMs: number
  /** From there to the end: the one write statement. */
  meanWritePhaseMs: number
  spans: { label: string; perSubmit: number; meanMs: number }[]
}

/** Sums traces of many submits. */
export class SubmitProfile {
  private submits = 0
  private statements = 0
  private totalMs = 0
  private readMs = 0
  private writeMs = 0
  private readonly byLabel = new Map<string, { count: number; ms: number; order: number }>()

  add(start: number, end: number, traced: Span[]): void {
    this.submits++
    this.totalMs += end - start
    // The builders of the one write statement pass through the plugin too, but only the
    // statement they are part of is sent and answered: those parts have no end.
    const spans = traced.filter((s) => s.end > 0)
    const firstWrite = spans.findIndex((s) => s.label.startsWith('WITH'))
    const reads = firstWrite < 0 ? spans : spans.slice(0, firstWrite)
    const readsEnd = Math.max(start, ...reads.map((s) => s.end))
    this.readMs += readsEnd - start
    this.writeMs += end - readsEnd
    spans.forEach((s, i) => {
      if (!s.label.startsWith('Ed25519')) this.statements++
      const agg = this.byLabel.get(s.label) ?? { count: 0, ms: 0, order: i }
      agg.count++
      agg.ms += s.end - s.start
      this.byLabel.set(s.label, agg)
    })
  }

  summary(): ProfileSummary {
    const n = Math.max(1, this.submits)
    const r = (x: number) => Math.round(x * 1000) / 1000
    return {
      submits: this.submits,
      statementsPerSubmit: r(this.statements / n),
      meanTotalMs: r(this.totalMs / n),
      meanReadPhaseMs: r(this.readMs / n),
      meanWritePhaseMs: r(this.writeMs / n),
      spans: [...this.byLabel]
        .sort((a, b) => a[1].order - b[1].order)
        .map(([label, a]) => ({ label, perSubmit: r(a.count / n), meanMs: r(a.ms / a.count) })),
    }
  }
}
