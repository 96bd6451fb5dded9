import type { Locale } from '../../platform/time.js'
import { reportMessages } from './messages.js'
import { REPORT_PATHS } from './paths.js'

/** The link to the published corruption-risk reports, for the home page. */
export function ReportsLink({ locale }: { locale: Locale }) {
  return (
    <p class="body">
      <a href={REPORT_PATHS.list}>{reportMessages(locale)('home.link')}</a>
    </p>
  )
}
