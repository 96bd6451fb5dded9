import type { Locale } from '../../platform/time.js'
import { statisticsMessages } from './messages.js'
import { STATISTICS_PATHS } from './paths.js'

/** The link to the public statistics, for the home page. */
export function StatisticsLink({ locale }: { locale: Locale }) {
  return (
    <p class="body">
      <a href={STATISTICS_PATHS.page}>{statisticsMessages(locale)('homeLink')}</a>
    </p>
  )
}
