import { pointName } from '../../risk-report/index.js'
import { Radios, Select, TextArea, TextField } from '../../../platform/views/components.js'
import { Breakable } from './content.views.js'
import { editMessages } from './edit.messages.js'
import { EditFrame, fieldsOf, type EditPageProps } from './edit.views.js'
import { TREATMENTS } from './risks.schema.js'
import { structureMessages } from './structure.messages.js'

/** A risk event of a step (adding one, or editing it): its likelihood and impact by the scales. */
export function RiskPage(p: EditPageProps & { adding?: boolean }) {
  const m = structureMessages(p.ctx.locale)
  const em = editMessages(p.ctx.locale)
  const { v, e } = fieldsOf(p)
  const th = p.ctx.locale === 'th'
  const { matrix } = p.tree
  const steps = p.tree.services.flatMap((s) => s.steps)
  const step = p.adding
    ? steps.find((s) => s.id === p.item)
    : steps.find((s) => s.risks.some((r) => r.id === p.item))
  const points = (axis: 'likelihood' | 'impact', optional = false) => [
    ...(optional ? [{ value: '', label: m('field.none') }] : []),
    ...Array.from(
      { length: axis === 'likelihood' ? matrix.likelihoodMax : matrix.impactMax },
      (_, i) => ({
        value: String(i + 1),
        label: `${i + 1} – ${pointName(matrix, axis, i + 1, th)}`,
      }),
    ),
  ]
  const axis = (f: string, axisOf: 'likelihood' | 'impact', optional = false) => (
    <Select
      id={f}
      label={m(`field.${f}` as 'field.likelihood')}
      options={points(axisOf, optional)}
      value={v(f)}
      error={e(f)}
      placeholder={optional || v(f) ? undefined : '—'}
    />
  )
  return (
    <EditFrame
      {...p}
      title={p.adding ? m('risk.new') : m('risk.title')}
      intro={
        step && (
          <p class="body">
            {m('risk.of')}: <Breakable text={th ? step.titleTh : step.titleEn} />
          </p>
        )
      }
    >
      <TextArea
        id="textTh"
        label={m('field.riskTh')}
        value={v('textTh')}
        error={e('textTh')}
        rows={3}
      />
      <TextArea
        id="textEn"
        label={m('field.riskEn')}
        value={v('textEn')}
        error={e('textEn')}
        rows={3}
      />
      <fieldset class="fieldset">
        <legend class="fieldset__legend">{m('field.inherent')}</legend>
        {axis('likelihood', 'likelihood')}
        {axis('impact', 'impact')}
      </fieldset>
      <fieldset class="fieldset">
        <legend class="fieldset__legend">{m('field.residual')}</legend>
        {axis('residualLikelihood', 'likelihood', true)}
        {axis('residualImpact', 'impact', true)}
      </fieldset>
      <TextField
        id="ownerUnit"
        label={m('field.ownerUnit')}
        value={v('ownerUnit')}
        error={e('ownerUnit')}
      />
      <Radios
        id="treatment"
        legend={m('field.treatment')}
        choices={TREATMENTS.map((t) => ({ value: t, label: em(`treatment.${t}`) }))}
        value={v('treatment')}
        error={e('treatment')}
      />
    </EditFrame>
  )
}
