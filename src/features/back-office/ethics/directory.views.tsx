import type { ImportKind, ImportResult, RowProblem, UnitNode } from '../../ethics/index.js'
import { DataTable, PdpaStyles } from '../../pdpa/index.js'
import { formatDateTime, formatNumber, type Locale } from '../../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  HintAndError,
  describedByOf,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { directoryMessages, type DirectoryMessage } from './directory.messages.js'
import { ETHICS_PATHS } from './paths.js'

/** A file input with its label, hint and message (a form posted as multipart/form-data). */
export function FileField(p: { id: string; label: string; hint?: string; error?: string }) {
  const describedBy = describedByOf(p)
  return (
    <div class={`form-group${p.error ? ' form-group--error' : ''}`}>
      <label class="label" for={p.id}>
        {p.label}
      </label>
      <HintAndError id={p.id} hint={p.hint} error={p.error} />
      <input
        class={`file-upload${p.error ? ' input--error' : ''}`}
        id={p.id}
        name={p.id}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={describedBy || undefined}
        aria-invalid={p.error ? 'true' : undefined}
      />
    </div>
  )
}

export interface ImportOutcome {
  kind: ImportKind
  result?: ImportResult
  /** No file was chosen. */
  missing?: boolean
}

function Tree({ nodes, locale }: { nodes: UnitNode[]; locale: Locale }) {
  const m = directoryMessages(locale)
  return (
    <ul class="list">
      {nodes.map((n) => (
        <li key={n.code} data-unit={n.code}>
          <a href={ETHICS_PATHS.unit(n.code)}>
            {n.code} {locale === 'th' ? n.nameTh : n.nameEn}
          </a>{' '}
          <span class="hint">
            ({m(`kind.${n.kind}` as DirectoryMessage)}){' '}
            {m('tree.counts', {
              current: formatNumber(n.current, locale),
              leavers: formatNumber(n.leavers, locale),
            })}
          </span>
          {n.children.length > 0 && <Tree nodes={n.children} locale={locale} />}
        </li>
      ))}
    </ul>
  )
}

function Problems({ problems, locale }: { problems: RowProblem[]; locale: Locale }) {
  const m = directoryMessages(locale)
  return (
    <>
      <h2 class="heading-m" id="problems">
        {m('problems.heading')}
      </h2>
      <DataTable
        caption={m('problems.heading')}
        head={[m('problems.line'), m('problems.column'), m('problems.problem')]}
        empty=""
        rows={problems
          .slice(0, 500)
          .map((p) => [
            <span data-line={p.line}>{formatNumber(p.line, locale)}</span>,
            p.column,
            m(`problem.${p.code}` as DirectoryMessage),
          ])}
      />
    </>
  )
}

/** The directory: the two uploads (with the last import's outcome), the tree, the changes. */
export function DirectoryPage(p: {
  ctx: PageContext
  officer: OfficerBadge
  tree: UnitNode[]
  changes: {
    staff_number: string
    change: string
    unit_from: string | null
    unit_to: string | null
    changed_at: Date
  }[]
  outcome?: ImportOutcome
}) {
  const { ctx, outcome } = p
  const m = directoryMessages(ctx.locale)
  const errors: FieldError[] = []
  const field = outcome?.kind === 'units' ? 'unitsFile' : 'staffFile'
  if (outcome?.missing) errors.push({ field, message: m('error.file') })
  if (outcome?.result && !outcome.result.ok)
    errors.push({
      field,
      message: m('error.rows', { count: formatNumber(outcome.result.problems.length, ctx.locale) }),
    })
  const done = outcome?.result?.ok ? outcome.result : undefined
  const errorOf = (kind: ImportKind) => (outcome?.kind === kind ? errors[0]?.message : undefined)
  return (
    <OfficerLayout ctx={ctx} title={m('title')} officer={p.officer} hasErrors={errors.length > 0}>
      <PdpaStyles />
      <ErrorSummary ctx={ctx} errors={errors} />
      {done && outcome && (
        <div class="notice notice--success" role="status" data-imported={outcome.kind}>
          {m(outcome.kind === 'units' ? 'done.units' : 'done.staff', {
            rows: formatNumber(done.rows, ctx.locale),
            added: formatNumber(done.added, ctx.locale),
            changed: formatNumber(done.changed, ctx.locale),
            unchanged: formatNumber(done.unchanged, ctx.locale),
            moved: formatNumber(done.moved, ctx.locale),
            left: formatNumber(done.left, ctx.locale),
          })}
        </div>
      )}
      <h1 class="heading-l">{m('title')}</h1>
      <p class="body">{m('intro')}</p>
      <h2 class="heading-m">{m('units.heading')}</h2>
      <form
        method="post"
        action={ETHICS_PATHS.importUnits}
        enctype="multipart/form-data"
        novalidate
      >
        <CsrfField ctx={ctx} />
        <FileField
          id="unitsFile"
          label={m('units.file')}
          hint={m('units.hint')}
          error={errorOf('units')}
        />
        <Button>{m('units.submit')}</Button>
      </form>
      {outcome?.kind === 'units' && outcome.result && !outcome.result.ok && (
        <Problems problems={outcome.result.problems} locale={ctx.locale} />
      )}
      <h2 class="heading-m">{m('staff.heading')}</h2>
      <form
        method="post"
        action={ETHICS_PATHS.importStaff}
        enctype="multipart/form-data"
        novalidate
      >
        <CsrfField ctx={ctx} />
        <FileField
          id="staffFile"
          label={m('staff.file')}
          hint={m('staff.hint')}
          error={errorOf('staff')}
        />
        <Button>{m('staff.submit')}</Button>
      </form>
      {outcome?.kind === 'staff' && outcome.result && !outcome.result.ok && (
        <Problems problems={outcome.result.problems} locale={ctx.locale} />
      )}
      <h2 class="heading-m">{m('tree.heading')}</h2>
      {p.tree.length === 0 ? (
        <p class="body">{m('tree.none')}</p>
      ) : (
        <Tree nodes={p.tree} locale={ctx.locale} />
      )}
      <h2 class="heading-m">{m('changes.heading')}</h2>
      <DataTable
        caption={m('changes.heading')}
        head={[m('changes.when'), m('changes.who'), m('changes.what'), m('changes.units')]}
        empty={m('changes.none')}
        rows={p.changes.map((c) => [
          formatDateTime(c.changed_at, ctx.locale),
          c.staff_number,
          m(`change.${c.change}` as DirectoryMessage),
          c.unit_from && c.unit_from !== c.unit_to
            ? `${c.unit_from} → ${c.unit_to ?? ''}`
            : (c.unit_to ?? ''),
        ])}
      />
    </OfficerLayout>
  )
}

/** One unit's officers (masked to what the directory holds: work names, positions, status). */
export function UnitPage(p: {
  ctx: PageContext
  officer: OfficerBadge
  unit: { code: string; name_th: string; name_en: string }
  members: {
    staff_number: string
    title: string
    first_name: string
    last_name: string
    position: string
    status: string
  }[]
}) {
  const { ctx } = p
  const m = directoryMessages(ctx.locale)
  const name = `${p.unit.code} ${ctx.locale === 'th' ? p.unit.name_th : p.unit.name_en}`
  return (
    <OfficerLayout ctx={ctx} title={m('unit.title', { name })} officer={p.officer}>
      <PdpaStyles />
      <p class="body">
        <a href={ETHICS_PATHS.directory}>{m('title')}</a>
      </p>
      <h1 class="heading-l">{m('unit.title', { name })}</h1>
      <DataTable
        caption={m('unit.members')}
        head={[m('unit.number'), m('unit.name'), m('unit.position'), m('unit.status')]}
        empty={m('unit.none')}
        rows={p.members.map((s) => [
          s.staff_number,
          `${s.title}${s.first_name} ${s.last_name}`,
          s.position,
          m(`status.${s.status}` as DirectoryMessage),
        ])}
      />
    </OfficerLayout>
  )
}
