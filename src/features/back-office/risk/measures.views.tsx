import { Select, TextArea, TextField } from '../../../platform/views/components.js'
import { editMessages } from './edit.messages.js'
import { EditFrame, fieldsOf, type EditPageProps } from './edit.views.js'
import { EVIDENCE_SLOTS, evidenceFields, STATUSES } from './measures.schema.js'

/** A control measure's form (adding one to a step, or editing it). */
export function ControlPage(p: EditPageProps & { adding?: boolean }) {
  const m = editMessages(p.ctx.locale)
  const { v, e } = fieldsOf(p)
  return (
    <EditFrame {...p} title={p.adding ? m('control.new') : m('control.title')}>
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
        options={STATUSES.map((s) => ({ value: s, label: m(`status.${s}`) }))}
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
      {Array.from({ length: EVIDENCE_SLOTS }, (_, i) => {
        const f = evidenceFields(i + 1)
        return (
          <fieldset class="fieldset">
            <legend class="fieldset__legend">{m('field.evidence', { n: i + 1 })}</legend>
            <TextField id={f.label} label={m('field.evidenceLabel')} value={v(f.label)} />
            <TextField
              id={f.url}
              label={m('field.evidenceUrl')}
              value={v(f.url)}
              error={e(f.url)}
            />
          </fieldset>
        )
      })}
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
    </EditFrame>
  )
}
