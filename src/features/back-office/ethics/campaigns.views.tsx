import { DataTable, PdpaStyles } from '../../pdpa/index.js'
import type { Counts } from '../../ethics/index.js'
import { formatDate, formatNumber } from '../../../platform/time.js'
import {
  Button,
  Checkbox,
  CsrfField,
  ErrorSummary,
  errorFor,
  HintAndError,
  Radios,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { campaignMessages } from './campaigns.messages.js'
import { ETHICS_PATHS } from './paths.js'

/** Every campaign with its overall figure, and the way to start one. */
export function CampaignsPage(p: {
  ctx: PageContext
  officer: OfficerBadge
  campaigns: {
    id: string
    title_th: string
    title_en: string
    starts_on: string
    ends_on: string
    figures: Counts
  }[]
}) {
  const { ctx } = p
  const m = campaignMessages(ctx.locale)
  return (
    <OfficerLayout ctx={ctx} title={m('campaigns.title')} officer={p.officer}>
      <PdpaStyles />
      <h1 class="heading-l">{m('campaigns.title')}</h1>
      <p class="body">
        <a class="button" href={ETHICS_PATHS.newCampaign}>
          {m('campaigns.new')}
        </a>
      </p>
      <DataTable
        caption={m('campaigns.title')}
        head={[m('campaigns.name'), m('campaigns.window'), m('campaigns.progress')]}
        empty={m('campaigns.none')}
        rows={p.campaigns.map((c) => [
          <a href={ETHICS_PATHS.campaign(c.id)}>{ctx.locale === 'th' ? c.title_th : c.title_en}</a>,
          `${formatDate(c.starts_on, ctx.locale)} – ${formatDate(c.ends_on, ctx.locale)}`,
          `${formatNumber(c.figures.signed, ctx.locale)} / ${formatNumber(c.figures.eligible, ctx.locale)}` +
            (c.figures.percent === null
              ? ''
              : ` (${formatNumber(c.figures.percent, ctx.locale, { fractionDigits: 2 })} %)`),
        ])}
      />
    </OfficerLayout>
  )
}

/** The launch form: code version, titles, window, wording, units, reminders, confirmation. */
export function NewCampaignPage(p: {
  ctx: PageContext
  officer: OfficerBadge
  codes: { id: string; version: number; title_th: string; title_en: string }[]
  units: { code: string; name_th: string; name_en: string }[]
  values?: Record<string, string>
  chosen?: string[]
  errors?: FieldError[]
}) {
  const { ctx, errors = [], values = {} } = p
  const m = campaignMessages(ctx.locale)
  const th = ctx.locale === 'th'
  const chosen = new Set(p.chosen ?? [])
  const unitsError = errorFor(errors, 'units')
  return (
    <OfficerLayout
      ctx={ctx}
      title={m('new.title')}
      officer={p.officer}
      hasErrors={errors.length > 0}
    >
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('new.title')}</h1>
      <p class="body">{m('new.intro')}</p>
      {p.codes.length === 0 ? (
        <p class="body">
          <a href={ETHICS_PATHS.codes}>{m('new.noCode')}</a>
        </p>
      ) : (
        <form method="post" action={ETHICS_PATHS.newCampaign} novalidate>
          <CsrfField ctx={ctx} />
          <Radios
            id="documentId"
            legend={m('new.code')}
            value={values.documentId ?? p.codes[0]?.id}
            error={errorFor(errors, 'documentId')}
            choices={p.codes.map((c) => ({
              value: c.id,
              label: m('new.codeChoice', {
                version: c.version,
                title: th ? c.title_th : c.title_en,
              }),
            }))}
          />
          <TextField
            id="titleTh"
            label={m('new.titleTh')}
            value={values.titleTh}
            error={errorFor(errors, 'titleTh')}
          />
          <TextField
            id="titleEn"
            label={m('new.titleEn')}
            value={values.titleEn}
            error={errorFor(errors, 'titleEn')}
          />
          <TextField
            id="startsOn"
            label={m('new.startsOn')}
            hint={m('date.hint')}
            value={values.startsOn}
            error={errorFor(errors, 'startsOn')}
            width="10"
          />
          <TextField
            id="endsOn"
            label={m('new.endsOn')}
            hint={m('date.hint')}
            value={values.endsOn}
            error={errorFor(errors, 'endsOn')}
            width="10"
          />
          <TextField
            id="methodTh"
            label={m('new.methodTh')}
            value={values.methodTh ?? 'รับทราบและถือปฏิบัติ'}
            error={errorFor(errors, 'methodTh')}
          />
          <TextField
            id="methodEn"
            label={m('new.methodEn')}
            value={values.methodEn ?? 'acknowledge and will comply'}
            error={errorFor(errors, 'methodEn')}
          />
          <div class={`form-group${unitsError ? ' form-group--error' : ''}`}>
            <fieldset class="fieldset" aria-describedby={unitsError ? 'units-error' : undefined}>
              <legend class="fieldset__legend">{m('new.units')}</legend>
              <HintAndError id="units" error={unitsError} />
              {p.units.map((u, i) => (
                <div class="checkboxes__item" key={u.code}>
                  <input
                    class="checkboxes__input"
                    id={i === 0 ? 'units' : `units-${i}`}
                    name="units"
                    type="checkbox"
                    value={u.code}
                    checked={chosen.has(u.code)}
                  />
                  <label class="checkboxes__label" for={i === 0 ? 'units' : `units-${i}`}>
                    {u.code} {th ? u.name_th : u.name_en}
                  </label>
                </div>
              ))}
            </fieldset>
          </div>
          <TextField
            id="remindEvery"
            label={m('new.remindEvery')}
            value={values.remindEvery ?? '7'}
            error={errorFor(errors, 'remindEvery')}
            inputMode="numeric"
            width="5"
          />
          <TextField
            id="remindBefore"
            label={m('new.remindBefore')}
            value={values.remindBefore ?? '3'}
            error={errorFor(errors, 'remindBefore')}
            inputMode="numeric"
            width="5"
          />
          <Checkbox
            id="confirm"
            value="yes"
            label={m('new.confirm')}
            checked={values.confirm === 'yes'}
            error={errorFor(errors, 'confirm')}
          />
          <Button>{m('new.submit')}</Button>
        </form>
      )}
    </OfficerLayout>
  )
}
