import { DataTable, PdpaStyles } from '../../pdpa/index.js'
import { levelOf, type RegisterTree } from '../../risk-report/index.js'
import { formatDate } from '../../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  Select,
  TextArea,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { editMessages, type EditKey } from './edit.messages.js'
import { RISK_PATHS } from './paths.js'

export const EDIT_PATHS = {
  control: (id: string, controlId: string) => `/officer/risk/${id}/controls/${controlId}`,
  step: (id: string, stepId: string) => `/officer/risk/${id}/steps/${stepId}`,
} as const

/** The register's steps: each risk with its levels by the matrix, each measure with its state. */
export function RegisterContent(p: { ctx: PageContext; tree: RegisterTree }) {
  const { ctx, tree } = p
  const m = editMessages(ctx.locale)
  const th = ctx.locale === 'th'
  const name = (l: ReturnType<typeof levelOf>) => (l ? (th ? l.nameTh : l.nameEn) : '—')
  const steps = tree.services.flatMap((s) => s.steps)
  return (
    <>
      <h2 class="heading-m">{m('content.title')}</h2>
      {steps.map((s, i) => (
        <section aria-labelledby={`step-${i + 1}`}>
          <h3 class="heading-s" id={`step-${i + 1}`}>
            {m('content.step', { n: i + 1 })}: {th ? s.titleTh : s.titleEn}
          </h3>
          <DataTable
            caption={`${m('content.step', { n: i + 1 })} – ${m('content.risk')}`}
            head={[
              m('content.risk'),
              'L × I',
              m('content.inherent'),
              m('content.residual'),
              m('content.owner'),
            ]}
            empty="—"
            rows={s.risks.map((r) => [
              th ? r.textTh : r.textEn,
              `${r.likelihood} × ${r.impact}`,
              name(levelOf(tree.matrix, r.likelihood, r.impact)),
              name(
                levelOf(
                  tree.matrix,
                  r.residualLikelihood ?? r.likelihood,
                  r.residualImpact ?? r.impact,
                ),
              ),
              r.ownerUnit,
            ])}
          />
          <DataTable
            caption={`${m('content.step', { n: i + 1 })} – ${m('content.control')}`}
            head={[
              m('content.control'),
              m('content.owner'),
              m('content.status'),
              m('content.due'),
              m('content.evidence'),
              '',
            ]}
            empty="—"
            rows={s.controls.map((c, j) => [
              th ? c.textTh : c.textEn,
              c.ownerUnit,
              m(`status.${c.status}` as EditKey),
              c.dueOn ? formatDate(c.dueOn, ctx.locale) : '',
              c.evidence.map((e) => <a href={e.url}>{e.label}</a>),
              <a href={EDIT_PATHS.control(tree.id, c.id)}>{m('content.edit', { n: j + 1 })}</a>,
            ])}
          />
          <p class="body">
            <a href={EDIT_PATHS.step(tree.id, s.id)}>{m('content.editStep', { n: i + 1 })}</a>
          </p>
        </section>
      ))}
    </>
  )
}

interface FormProps {
  ctx: PageContext
  officer: OfficerBadge
  action: string
  registerId: string
  values: Record<string, string>
  errors?: FieldError[]
}

function Frame(p: FormProps & { title: string; children: preact.ComponentChildren }) {
  const m = editMessages(p.ctx.locale)
  const errors = p.errors ?? []
  return (
    <OfficerLayout ctx={p.ctx} title={p.title} officer={p.officer} hasErrors={errors.length > 0}>
      <PdpaStyles />
      <ErrorSummary ctx={p.ctx} errors={errors} />
      <h1 class="heading-l">{p.title}</h1>
      <p class="body">
        <a href={RISK_PATHS.register(p.registerId)}>←</a>
      </p>
      <form method="post" action={p.action} novalidate>
        <CsrfField ctx={p.ctx} />
        {p.children}
        <Button>{m('save')}</Button>
      </form>
    </OfficerLayout>
  )
}

/** A control measure's form. */
export function ControlPage(p: FormProps) {
  const m = editMessages(p.ctx.locale)
  const e = (f: string) => errorFor(p.errors ?? [], f)
  const v = (f: string) => p.values[f]
  return (
    <Frame {...p} title={m('control.title')}>
      <TextArea
        id="textTh"
        label={m('field.textTh')}
        value={v('textTh')}
        error={e('textTh')}
        rows={4}
      />
      <TextArea
        id="textEn"
        label={m('field.textEn')}
        value={v('textEn')}
        error={e('textEn')}
        rows={4}
      />
      <TextField
        id="ownerUnit"
        label={m('field.ownerUnit')}
        value={v('ownerUnit')}
        error={e('ownerUnit')}
      />
      <Select
        id="status"
        label={m('field.status')}
        options={(['planned', 'in_progress', 'done'] as const).map((s) => ({
          value: s,
          label: m(`status.${s}`),
        }))}
        value={v('status')}
        error={e('status')}
      />
      <TextField
        id="dueOn"
        label={m('field.dueOn')}
        value={v('dueOn')}
        error={e('dueOn')}
        width="10"
      />
      <TextField id="evidenceLabel" label={m('field.evidenceLabel')} value={v('evidenceLabel')} />
      <TextField
        id="evidenceUrl"
        label={m('field.evidenceUrl')}
        value={v('evidenceUrl')}
        error={e('evidenceUrl')}
      />
      <TextArea
        id="resultTh"
        label={m('field.resultTh')}
        value={v('resultTh')}
        error={e('resultTh')}
        rows={8}
      />
      <TextArea
        id="resultEn"
        label={m('field.resultEn')}
        value={v('resultEn')}
        error={e('resultEn')}
        rows={8}
      />
    </Frame>
  )
}

/** A step's result templates. */
export function StepPage(p: FormProps) {
  const m = editMessages(p.ctx.locale)
  const e = (f: string) => errorFor(p.errors ?? [], f)
  return (
    <Frame {...p} title={m('step.title')}>
      <TextArea
        id="resultTh"
        label={m('field.resultTh')}
        value={p.values.resultTh}
        error={e('resultTh')}
        rows={12}
      />
      <TextArea
        id="resultEn"
        label={m('field.resultEn')}
        value={p.values.resultEn}
        error={e('resultEn')}
        rows={12}
      />
    </Frame>
  )
}
