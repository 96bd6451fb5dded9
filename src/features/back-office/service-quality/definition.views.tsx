import { formatDateTime } from '../../../platform/time.js'
import {
  Button,
  Checkbox,
  CsrfField,
  ErrorSummary,
  errorFor,
  TextArea,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import type { SurveyVersion } from '../../survey/index.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { definitionMessages } from './definition.messages.js'
import { slotsFor } from './definition.schema.js'
import { SERVICE_QUALITY_PATHS } from './paths.js'
import { Table } from './settings.views.js'

/** The form values of a version, as the edit form starts. */
export function valuesOf(v: SurveyVersion): Record<string, string> {
  const values: Record<string, string> = {
    step_th: v.stepQuestion.th,
    step_en: v.stepQuestion.en,
    noOpinion: v.allowNoOpinion ? 'yes' : '',
    comment: v.allowComment ? 'yes' : '',
  }
  v.questions.forEach((q, i) =>
    Object.assign(values, { [`q${i}_id`]: q.id, [`q${i}_th`]: q.th, [`q${i}_en`]: q.en }),
  )
  return values
}

/** The survey's questions, the form that publishes the next version, and every version. */
export function DefinitionPage(p: {
  ctx: PageContext
  officer: OfficerBadge
  current: SurveyVersion
  versions: { version: number; published_at: Date; note: string | null }[]
  published?: number
  values?: Record<string, string>
  errors?: FieldError[]
}) {
  const m = definitionMessages(p.ctx.locale)
  const errors = p.errors ?? []
  const values = p.values ?? valuesOf(p.current)
  const slots = slotsFor(p.current.questions.length)
  return (
    <OfficerLayout ctx={p.ctx} title={m('title')} officer={p.officer} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={p.ctx} errors={errors} />
      {p.published && (
        <div class="notice notice--success" role="status" data-published={p.published}>
          {m('published', { version: p.published })}
        </div>
      )}
      <h1 class="heading-l">{m('title')}</h1>
      <p class="body">{m('intro')}</p>
      <p class="body" data-current-version={p.current.version}>
        {m('current', { version: p.current.version })}
      </p>
      <form method="post" action={SERVICE_QUALITY_PATHS.surveyDefinition} novalidate>
        <CsrfField ctx={p.ctx} />
        <input type="hidden" name="basedOn" value={String(p.current.version)} />
        {Array.from({ length: slots }, (_, i) => {
          const id = values[`q${i}_id`] ?? ''
          return (
            <fieldset class="fieldset bo-card" key={i}>
              <legend class="fieldset__legend">
                {id ? m('question', { n: i + 1 }) : m('question.new')}
              </legend>
              {id && <p class="bo-small">{m('question.id', { id })}</p>}
              <input type="hidden" name={`q${i}_id`} value={id} />
              <TextField
                id={`q${i}_th`}
                label={m('question.th')}
                value={values[`q${i}_th`]}
                error={errorFor(errors, `q${i}_th`)}
              />
              <TextField
                id={`q${i}_en`}
                label={m('question.en')}
                value={values[`q${i}_en`]}
                error={errorFor(errors, `q${i}_en`)}
              />
              {id && (
                <Checkbox
                  id={`q${i}_remove`}
                  value="yes"
                  label={m('question.remove')}
                  checked={values[`q${i}_remove`] === 'yes'}
                />
              )}
            </fieldset>
          )
        })}
        <fieldset class="fieldset bo-card">
          <legend class="fieldset__legend">{m('step.legend')}</legend>
          <TextField
            id="step_th"
            label={m('step.th')}
            hint={m('step.hint')}
            value={values.step_th}
            error={errorFor(errors, 'step_th')}
          />
          <TextField
            id="step_en"
            label={m('step.en')}
            hint={m('step.hint')}
            value={values.step_en}
            error={errorFor(errors, 'step_en')}
          />
        </fieldset>
        <Checkbox
          id="noOpinion"
          value="yes"
          label={m('options.noOpinion')}
          checked={values.noOpinion === 'yes'}
        />
        <Checkbox
          id="comment"
          value="yes"
          label={m('options.comment')}
          checked={values.comment === 'yes'}
        />
        <TextArea
          id="note"
          label={m('note')}
          hint={m('note.hint')}
          value={values.note}
          error={errorFor(errors, 'note')}
          rows={3}
        />
        <Button>{m('submit')}</Button>
      </form>
      <h2 class="heading-m">{m('versions')}</h2>
      <Table
        id="versions"
        caption={m('versions')}
        head={[m('col.version'), m('col.published'), m('col.note')]}
        rows={p.versions.map((v) => [
          String(v.version),
          formatDateTime(v.published_at, p.ctx.locale),
          v.note ?? '–',
        ])}
      />
    </OfficerLayout>
  )
}
