import { nationalityName } from '../../platform/nationality.js'
import { formatBirthDate, formatDateTime } from '../../platform/time.js'
import type { SummaryRow } from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { idCardAddressText, type ProfileView } from '../registrations/index.js'
import { PATHS } from './journey.js'
import { personMessages } from './messages.js'

/** The bank-verified answers; the national ID's row may link back to where it was typed. */
export function bankRows(
  ctx: PageContext,
  profile: ProfileView,
  idChange?: SummaryRow['change'],
): SummaryRow[] {
  const m = personMessages(ctx.locale)
  return [
    {
      key: m('yours.nationalId'),
      value: profile.maskedId,
      ...(idChange ? { change: idChange } : {}),
    },
    { key: m('yours.name'), value: profile.fullNameTh },
    ...(profile.fullNameEn ? [{ key: m('yours.nameEn'), value: profile.fullNameEn }] : []),
    {
      key: m('yours.birthDate'),
      value: profile.birthDate ? formatBirthDate(profile.birthDate, ctx.locale) : '',
    },
    {
      key: m('yours.nationality'),
      value: profile.nationality ? nationalityName(profile.nationality, ctx.locale) : '',
    },
    { key: m('yours.idAddress'), value: idCardAddressText(profile.idCardAddress) },
  ]
}

/** A simple page with one message and a way back to the start. */
export function PersonMessagePage({
  ctx,
  title,
  body,
  at,
}: {
  ctx: PageContext
  title: string
  body: string
  at?: Date
}) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="heading-l">{title}</h1>
      <p class="body">{body}</p>
      {at && <p class="hint">{formatDateTime(at, ctx.locale)}</p>}
      <p class="body">
        <a href={PATHS.start}>{personMessages(ctx.locale)('start.button')}</a>
      </p>
    </Layout>
  )
}
