import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  Radios,
  TextArea,
  type FieldError,
} from '../../platform/views/components.js'
import type { SurveyJourneyKind } from '../../platform/db/schema/survey.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { choicesOf, fieldOf } from './answer.schema.js'
import { STEP_QUESTION, type SurveyVersion } from './definition.js'
import { stepLabel, surveyMessages, type SurveyMessage } from './messages.js'
import { SURVEY_PATHS } from './paths.js'

/** The survey: each question's five levels (and "no opinion"), the step question, a comment. */
export function SurveyPage(p: {
  ctx: PageContext
  token: string
  version: SurveyVersion
  struggled: string | null
  /** The journey answered about (the intro says which service); a registration when absent. */
  kind?: SurveyJourneyKind
  values?: Record<string, string>
  errors?: FieldError[]
}) {
  const { ctx, version } = p
  const m = surveyMessages(ctx.locale)
  const errors = p.errors ?? []
  const values = p.values ?? {}
  const choices = choicesOf(version).map((c) => ({
    value: c,
    label: m(`level.${c}` as SurveyMessage),
  }))
  const question = (id: string, legend: string) => (
    <Radios
      id={fieldOf(id)}
      legend={legend}
      legendClass="fieldset__legend"
      hint={m('form.levelsHint')}
      choices={choices}
      value={values[fieldOf(id)]}
      error={errorFor(errors, fieldOf(id))}
    />
  )
  return (
    <Layout ctx={ctx} title={m('form.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('form.title')}</h1>
      <p class="body" data-survey-kind={p.kind ?? 'person'}>
        {m(
          p.kind === 'helpdesk' || p.kind === 'reactivation'
            ? `form.intro.${p.kind}`
            : 'form.intro',
        )}
      </p>
      <form method="post" action={SURVEY_PATHS.answer(p.token)} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="version" value={String(version.version)} />
        {version.questions.map((q) => question(q.id, ctx.locale === 'th' ? q.th : q.en))}
        {p.struggled && (
          <div data-step-question={p.struggled}>
            <p class="body">{m('form.stepIntro')}</p>
            {question(
              STEP_QUESTION,
              version.stepQuestion[ctx.locale].replace(
                '{step}',
                stepLabel(p.struggled, ctx.locale),
              ),
            )}
          </div>
        )}
        {version.allowComment && (
          <TextArea
            id="comment"
            label={m('form.comment')}
            hint={m('form.commentHint')}
            value={values.comment}
            error={errorFor(errors, 'comment')}
            rows={4}
          />
        )}
        <Button>{m('form.submit')}</Button>
      </form>
    </Layout>
  )
}

/** After the answer, or when a link cannot be answered (used, expired, unknown). */
export function SurveyNoticePage(p: {
  ctx: PageContext
  kind: 'thanks' | 'used' | 'expired' | 'unknown'
}) {
  const m = surveyMessages(p.ctx.locale)
  return (
    <Layout ctx={p.ctx} title={m(`${p.kind}.title`)}>
      <div class={p.kind === 'thanks' ? 'panel-success' : undefined} data-survey-state={p.kind}>
        <h1 class="heading-l">{m(`${p.kind}.title`)}</h1>
        <p class="body">{m(`${p.kind}.body`)}</p>
      </div>
      <p class="body">
        <a href="/">{m('thanks.home')}</a>
      </p>
    </Layout>
  )
}

/** The invitation on a done page: a link to the survey while it is open. */
export function SurveyInvitation(p: { ctx: PageContext; invitation: { path: string } | null }) {
  if (!p.invitation) return null
  const m = surveyMessages(p.ctx.locale)
  return (
    <section
      class="survey-invitation"
      aria-labelledby="survey-invitation-title"
      data-survey-invitation
    >
      <h2 class="heading-m" id="survey-invitation-title">
        {m('invite.title')}
      </h2>
      <p class="body">{m('invite.body')}</p>
      <p class="body">
        <a href={p.invitation.path}>{m('invite.link')}</a>
      </p>
    </section>
  )
}
