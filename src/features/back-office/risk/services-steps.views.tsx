import { TextArea, TextField } from '../../../platform/views/components.js'
import { EditFrame, fieldsOf, type EditPageProps } from './edit.views.js'
import { structureMessages } from './structure.messages.js'

/** A service's names (adding one, or renaming it). */
export function ServicePage(p: EditPageProps) {
  const m = structureMessages(p.ctx.locale)
  const { v, e } = fieldsOf(p)
  return (
    <EditFrame {...p} title={p.item ? m('service.title') : m('service.new')}>
      <TextField id="nameTh" label={m('field.nameTh')} value={v('nameTh')} error={e('nameTh')} />
      <TextField id="nameEn" label={m('field.nameEn')} value={v('nameEn')} error={e('nameEn')} />
    </EditFrame>
  )
}

/** A step's titles and result templates (adding one to a service, or editing it). */
export function StepPage(p: EditPageProps & { adding?: boolean }) {
  const m = structureMessages(p.ctx.locale)
  const { v, e } = fieldsOf(p)
  const service = p.tree.services.find((s) => s.id === p.item)
  const th = p.ctx.locale === 'th'
  const title = p.adding
    ? m('step.new', { name: (th ? service?.nameTh : service?.nameEn) ?? '' })
    : m('step.title')
  return (
    <EditFrame {...p} title={title}>
      <TextArea
        id="titleTh"
        label={m('field.titleTh')}
        value={v('titleTh')}
        error={e('titleTh')}
        rows={2}
      />
      <TextArea
        id="titleEn"
        label={m('field.titleEn')}
        value={v('titleEn')}
        error={e('titleEn')}
        rows={2}
      />
      <TextArea
        id="resultTh"
        label={m('field.resultTh')}
        hint={m('field.resultHint')}
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
