import { percentChartSvg, type CampaignFigures, type Counts } from '../../ethics/index.js'
import { DataTable, PdpaStyles } from '../../pdpa/index.js'
import { formatDate, formatDateTime, formatNumber, type Locale } from '../../../platform/time.js'
import type { PageContext } from '../../../platform/views/context.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { campaignMessages, type CampaignMessage } from './campaigns.messages.js'
import { ETHICS_PATHS } from './paths.js'

interface CampaignHead {
  id: string
  title_th: string
  title_en: string
  starts_on: string
  ends_on: string
  launched_at: Date
  version: number
}

const pct = (c: Counts, locale: Locale) =>
  c.percent === null ? '–' : formatNumber(c.percent, locale, { fractionDigits: 2 })

/** A campaign's progress: overall, the chart by unit with its table, exports, non-signers. */
export function ProgressPage(p: {
  ctx: PageContext
  officer: OfficerBadge
  campaign: CampaignHead
  figures: CampaignFigures
}) {
  const { ctx, campaign: c, figures: f } = p
  const m = campaignMessages(ctx.locale)
  const th = ctx.locale === 'th'
  const title = th ? c.title_th : c.title_en
  const n = (v: number) => formatNumber(v, ctx.locale)
  const name = (u: { code: string; nameTh: string; nameEn: string }) =>
    `${u.code} ${th ? u.nameTh : u.nameEn}`
  const chart = percentChartSvg(
    'progress-chart',
    m('progress.chart'),
    f.units.map((u) => ({ label: name(u), percent: u.percent ?? 0 })),
  )
  return (
    <OfficerLayout ctx={ctx} title={m('progress.title', { title })} officer={p.officer}>
      <PdpaStyles />
      <p class="body">
        <a href={ETHICS_PATHS.campaigns}>{m('campaigns.title')}</a>
      </p>
      <h1 class="heading-l">{m('progress.title', { title })}</h1>
      <p class="hint">
        {m('progress.launched', {
          when: formatDateTime(c.launched_at, ctx.locale),
          version: c.version,
        })}
        {' · '}
        {m('progress.window', {
          start: formatDate(c.starts_on, ctx.locale),
          end: formatDate(c.ends_on, ctx.locale),
        })}
      </p>
      <h2 class="heading-m">{m('progress.overall')}</h2>
      <p class="body" data-overall={f.overall.percent ?? ''}>
        {m('progress.summary', {
          signed: n(f.overall.signed),
          eligible: n(f.overall.eligible),
          percent: pct(f.overall, ctx.locale),
          joiners: n(f.overall.joiners),
        })}
      </p>
      <p class="hint">{m(`progress.rounding.${f.rounding}` as CampaignMessage)}</p>
      <p class="body">
        {m('progress.export')}:{' '}
        <a href={ETHICS_PATHS.campaignExport(c.id, 'csv')} download>
          {m('progress.csv')}
        </a>{' '}
        ·{' '}
        <a href={ETHICS_PATHS.campaignExport(c.id, 'xlsx')} download>
          {m('progress.xlsx')}
        </a>
      </p>
      <h2 class="heading-m">{m('progress.byUnit')}</h2>
      <figure class="ethics-chart">
        {/* Drawn on the server from numbers and our own escaped labels (ethics/chart.ts). */}
        <div dangerouslySetInnerHTML={{ __html: chart }} />
      </figure>
      <DataTable
        id="progress-by-unit"
        caption={m('progress.byUnit')}
        head={[
          m('progress.unit'),
          m('progress.eligible'),
          m('progress.signed'),
          m('progress.notSigned'),
          m('progress.leavers'),
          m('progress.joiners'),
          m('progress.percent'),
        ]}
        empty={m('campaigns.none')}
        rows={f.units.map((u) => [
          <span data-unit-row={u.code}>
            {'\u2003'.repeat(u.depth)}
            {name(u)}
          </span>,
          n(u.eligible),
          <span data-signed={u.code}>{n(u.signed)}</span>,
          u.notSigned > 0 ? (
            <a href={ETHICS_PATHS.campaignUnit(c.id, u.code)}>{n(u.notSigned)}</a>
          ) : (
            n(0)
          ),
          n(u.leavers),
          `${n(u.joiners)} (${n(u.joinersSigned)})`,
          pct(u, ctx.locale),
        ])}
      />
    </OfficerLayout>
  )
}

/** The snapshot members of one unit (its own, not its sub-units) who have not signed. */
export function NonSignersPage(p: {
  ctx: PageContext
  officer: OfficerBadge
  campaign: CampaignHead
  unit: string
  people: {
    unit_code: string
    staff_number: string
    title: string
    first_name: string
    last_name: string
    position: string
    status: string
  }[]
}) {
  const { ctx } = p
  const m = campaignMessages(ctx.locale)
  return (
    <OfficerLayout ctx={ctx} title={m('nonSigners.title', { unit: p.unit })} officer={p.officer}>
      <PdpaStyles />
      <p class="body">
        <a href={ETHICS_PATHS.campaign(p.campaign.id)}>
          {m('progress.title', {
            title: ctx.locale === 'th' ? p.campaign.title_th : p.campaign.title_en,
          })}
        </a>
      </p>
      <h1 class="heading-l">{m('nonSigners.title', { unit: p.unit })}</h1>
      <DataTable
        caption={m('nonSigners.title', { unit: p.unit })}
        head={[
          m('progress.unit'),
          m('nonSigners.number'),
          m('nonSigners.name'),
          m('nonSigners.position'),
          m('nonSigners.status'),
        ]}
        empty={m('nonSigners.none')}
        rows={p.people.map((s) => [
          s.unit_code,
          <span data-non-signer={s.staff_number}>{s.staff_number}</span>,
          `${s.title}${s.first_name} ${s.last_name}`,
          s.position,
          m(`status.${s.status}` as CampaignMessage),
        ])}
      />
    </OfficerLayout>
  )
}
