import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { StatisticsLink } from '../statistics/index.js'
import { ReportsLink } from '../risk-report/index.js'
import { MANUAL_PATHS, manualMessages } from '../manual/index.js'
import { CheckLink } from '../registration-check/index.js'

/** A journey the home page offers; unavailable ones are listed without a link. */
export interface JourneyLink {
  href: string | undefined
  title: string
  hint: string
}

/** The start page of the service: who can use it, what is needed, how long it takes. */
export function HomePage({ ctx, journeys }: { ctx: PageContext; journeys: JourneyLink[] }) {
  const { t } = ctx
  return (
    <Layout ctx={ctx} title={t('home.title')}>
      <h1 class="heading-xl">{t('home.title')}</h1>
      <p class="lead">{t('home.lead')}</p>
      <p class="body">{t('home.auto')}</p>

      <h2 class="heading-m">{t('home.journeysTitle')}</h2>
      <ul class="journey-list">
        {journeys.map((j) => (
          <li class="journey-card" key={j.title}>
            {j.href ? (
              <a class="journey-card__link" href={j.href}>
                {j.title}
              </a>
            ) : (
              <span class="journey-card__title">
                {j.title} <span class="tag">{t('home.comingSoon')}</span>
              </span>
            )}
            <p class="hint">{j.hint}</p>
          </li>
        ))}
      </ul>

      <h2 class="heading-m">{t('home.whoTitle')}</h2>
      <ul class="bullets">
        <li>{t('home.whoPerson')}</li>
        <li>{t('home.whoCompany')}</li>
      </ul>
      <h2 class="heading-m">{t('home.needTitle')}</h2>
      <ul class="bullets">
        <li>{t('home.needApp')}</li>
        <li>{t('home.needEmail')}</li>
        <li>{t('home.needMobile')}</li>
      </ul>
      <h2 class="heading-m">{t('home.timeTitle')}</h2>
      <p class="body">{t('home.time')}</p>
      <h2 class="heading-m">{t('home.helpTitle')}</h2>
      <p class="body">{t('home.help')}</p>
      <StatisticsLink locale={ctx.locale} />
      <ReportsLink locale={ctx.locale} />
      <CheckLink ctx={ctx} />
      <p class="body">
        <a href={MANUAL_PATHS.index}>{manualMessages(ctx.locale)('home.link')}</a>
      </p>
    </Layout>
  )
}
