import { DataTable, PdpaStyles } from '../../pdpa/index.js'
import {
  cellKey,
  periodLabel,
  REPORT_PATHS,
  reportTable,
  RiskTable,
  type RegisterTree,
  type ReportRow,
  type ReportSnapshot,
} from '../../risk-report/index.js'
import { formatDateTime } from '../../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  Select,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { riskMessages, type RiskKey } from './messages.js'
import { RegisterContent } from './content.views.js'
import { RISK_PATHS } from './paths.js'

type Registers = {
  id: string
  fiscal_year: number
  round: string
  title_th: string
  title_en: string
  ita_item_code: string | null
}[]

/** Every register, each with "copy as next year". */
export function RegistersPage(p: {
  ctx: PageContext
  officer: OfficerBadge
  registers: Registers
}) {
  const { ctx } = p
  const m = riskMessages(ctx.locale)
  return (
    <OfficerLayout ctx={ctx} title={m('list.title')} officer={p.officer}>
      <PdpaStyles />
      <h1 class="heading-l">{m('list.title')}</h1>
      <DataTable
        caption={m('list.title')}
        head={[m('list.year'), m('list.round'), m('list.name'), m('list.ita'), '']}
        empty={m('list.none')}
        rows={p.registers.map((r) => [
          String(ctx.locale === 'th' ? r.fiscal_year : r.fiscal_year - 543),
          m(`round.${r.round}` as RiskKey),
          <a href={RISK_PATHS.register(r.id)}>{ctx.locale === 'th' ? r.title_th : r.title_en}</a>,
          r.ita_item_code ?? '',
          <form method="post" action={RISK_PATHS.copy(r.id)}>
            <CsrfField ctx={ctx} />
            <Button secondary>{m('list.copy')}</Button>
          </form>,
        ])}
      />
    </OfficerLayout>
  )
}

export interface RegisterForms {
  values?: Record<string, string>
  errors?: FieldError[]
  notice?: string
}

function MatrixGrid(p: { ctx: PageContext; tree: RegisterTree }) {
  const m = riskMessages(p.ctx.locale)
  const th = p.ctx.locale === 'th'
  const { matrix } = p.tree
  const impacts = Array.from({ length: matrix.impactMax }, (_, i) => i + 1)
  const rows = Array.from({ length: matrix.likelihoodMax }, (_, i) => matrix.likelihoodMax - i)
  return (
    <DataTable
      id="risk-matrix"
      caption={m('register.matrix')}
      head={[`${m('register.likelihood')} \\ ${m('register.impact')}`, ...impacts.map(String)]}
      empty=""
      rows={rows.map((l) => [
        String(l),
        ...impacts.map((i) => {
          const lv = matrix.levels.find((x) => x.code === matrix.cells[cellKey(l, i)])
          return <span data-cell={cellKey(l, i)}>{lv ? (th ? lv.nameTh : lv.nameEn) : ''}</span>
        }),
      ])}
    />
  )
}

/** A register: its matrix, indicators, the preview, approval and its reports. */
export function RegisterPage(
  p: {
    ctx: PageContext
    officer: OfficerBadge
    tree: RegisterTree
    reports: ReportRow[]
    campaigns: { id: string; title_th: string; title_en: string }[]
    metrics: string[]
  } & RegisterForms,
) {
  const { ctx, tree, values = {}, errors = [] } = p
  const m = riskMessages(ctx.locale)
  const th = ctx.locale === 'th'
  const title = th ? tree.titleTh : tree.titleEn
  const err = (f: string) => errorFor(errors, f)
  const v = (f: string) => values[f]
  const nums = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))
  return (
    <OfficerLayout ctx={ctx} title={title} officer={p.officer} hasErrors={errors.length > 0}>
      <PdpaStyles />
      <ErrorSummary ctx={ctx} errors={errors} />
      {p.notice && (
        <div class="notice notice--success" role="status">
          {p.notice}
        </div>
      )}
      <h1 class="heading-l">{title}</h1>
      <p class="body">
        {periodLabel(
          { fiscalYear: tree.fiscalYear, round: tree.round } as ReportSnapshot,
          ctx.locale,
        )}
        {tree.itaItemCode ? ` · ITA ${tree.itaYear ?? ''} ${tree.itaItemCode}` : ''}
      </p>
      {tree.copiedFrom && <p class="hint">{m('register.copied')}</p>}
      <p class="body">
        <a href={RISK_PATHS.preview(tree.id)}>{m('register.preview')}</a>
      </p>
      <RegisterContent ctx={ctx} tree={tree} reports={p.reports} />
      <h2 class="heading-m">{m('register.matrix')}</h2>
      <MatrixGrid ctx={ctx} tree={tree} />
      <form method="post" action={RISK_PATHS.matrix(tree.id)} novalidate>
        <CsrfField ctx={ctx} />
        <Select
          id="likelihood"
          label={m('register.likelihood')}
          options={nums(tree.matrix.likelihoodMax)}
          value={v('likelihood')}
          error={err('likelihood')}
        />
        <Select
          id="impact"
          label={m('register.impact')}
          options={nums(tree.matrix.impactMax)}
          value={v('impact')}
        />
        <Select
          id="level"
          label={m('register.level')}
          options={tree.matrix.levels.map((l) => ({
            value: l.code,
            label: th ? l.nameTh : l.nameEn,
          }))}
          value={v('level')}
        />
        <Button secondary>{m('register.setCell')}</Button>
      </form>
      <h2 class="heading-m">{m('register.indicators')}</h2>
      <DataTable
        caption={m('register.indicators')}
        head={[m('register.key'), m('register.metric'), m('register.params')]}
        empty="—"
        rows={tree.indicators.map((i) => [
          <code>{`{${i.key}}`}</code>,
          m(`metric.${i.metric}` as RiskKey),
          <code>{JSON.stringify(i.params)}</code>,
        ])}
      />
      <form method="post" action={RISK_PATHS.indicators(tree.id)} novalidate>
        <CsrfField ctx={ctx} />
        <TextField
          id="key"
          label={m('register.key')}
          value={v('key')}
          error={err('key')}
          width="20"
        />
        <Select
          id="metric"
          label={m('register.metric')}
          options={p.metrics.map((x) => ({ value: x, label: m(`metric.${x}` as RiskKey) }))}
          value={v('metric')}
          error={err('metric')}
        />
        <TextField
          id="asOf"
          label={m('field.asOf')}
          value={v('asOf')}
          error={err('asOf')}
          width="10"
        />
        <TextField id="channels" label={m('field.channels')} value={v('channels') ?? 'online'} />
        <TextField
          id="parties"
          label={m('field.parties')}
          value={v('parties') ?? 'person,company'}
        />
        <TextField id="from" label={m('field.from')} value={v('from')} width="10" />
        <TextField id="to" label={m('field.to')} value={v('to')} width="10" />
        <Select
          id="campaignId"
          label={m('field.campaignId')}
          options={[
            { value: '', label: '—' },
            ...p.campaigns.map((c) => ({ value: c.id, label: th ? c.title_th : c.title_en })),
          ]}
          value={v('campaignId')}
        />
        <TextField
          id="docKind"
          label={m('field.docKind')}
          value={v('docKind') ?? 'policy'}
          width="10"
        />
        <TextField id="url" label={m('field.url')} value={v('url')} />
        <Button>{m('register.bind')}</Button>
      </form>

      <h2 class="heading-m">{m('register.approve')}</h2>
      <p class="hint">{m('register.approveHint')}</p>
      <form method="post" action={RISK_PATHS.signOff(tree.id)} novalidate>
        <CsrfField ctx={ctx} />
        <TextField
          id="approverName"
          label={m('register.approver')}
          value={v('approverName')}
          error={err('approverName')}
        />
        <TextField
          id="memoReference"
          label={m('register.memo')}
          value={v('memoReference')}
          error={err('memoReference')}
          width="20"
        />
        <Button>{m('register.approve')}</Button>
      </form>

      <h2 class="heading-m">{m('register.reports')}</h2>
      <DataTable
        caption={m('register.reports')}
        head={[m('register.version'), m('register.approvedBy'), m('register.status'), '']}
        empty={m('register.noReports')}
        rows={p.reports.map((r) => [
          String(r.version),
          `${r.approverName} · ${formatDateTime(r.approvedAt, ctx.locale)} · ${r.memoReference}`,
          r.publishedAt ? (
            <a href={REPORT_PATHS.report(r.id)}>{m('register.published')}</a>
          ) : (
            m('register.notPublished')
          ),
          r.publishedAt ? (
            ''
          ) : (
            <form method="post" action={RISK_PATHS.publish(tree.id, r.id)}>
              <CsrfField ctx={ctx} />
              <Button secondary>{m('register.publish')}</Button>
            </form>
          ),
        ])}
      />
    </OfficerLayout>
  )
}

/** The report as it would be approved now. */
export function PreviewPage(p: {
  ctx: PageContext
  officer: OfficerBadge
  snapshot: ReportSnapshot
}) {
  const { ctx } = p
  const m = riskMessages(ctx.locale)
  const table = reportTable(p.snapshot, { locale: ctx.locale, thaiDigits: false })
  return (
    <OfficerLayout ctx={ctx} title={m('preview.title')} officer={p.officer}>
      <link rel="stylesheet" href={REPORT_PATHS.css} />
      <h1 class="heading-l">{m('preview.title')}</h1>
      <p class="body">
        <a href={RISK_PATHS.register(p.snapshot.registerId)}>{m('preview.back')}</a>
      </p>
      <h2 class="heading-m">{table.title}</h2>
      <RiskTable
        table={table}
        locale={ctx.locale}
        id="preview-caption"
        caption={m('preview.title')}
      />
    </OfficerLayout>
  )
}
