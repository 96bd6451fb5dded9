import { nationalityName } from '../../platform/nationality.js'
import { formatThaiId } from '../../platform/thai-id.js'
import { formatBirthDate, formatDateTime } from '../../platform/time.js'
import { Button, CsrfField, type SummaryRow } from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { MixedText } from '../address/index.js'
import { idCardAddressText, type ProfileView } from '../registrations/index.js'
import { PATHS } from './journey.js'
import { personMessages } from './messages.js'

/**
 * The bank-verified answers, none of them changeable here. The national ID is masked unless
 * its owner's page shows it in full (fullId).
 */
export function bankRows(ctx: PageContext, profile: ProfileView, fullId?: string): SummaryRow[] {
  const m = personMessages(ctx.locale)
  return [
    { key: m('yours.nationalId'), value: fullId ? formatThaiId(fullId) : profile.maskedId },
    { key: m('yours.name'), value: <MixedText text={profile.fullNameTh} locale={ctx.locale} /> },
    ...(profile.fullNameEn ? [{ key: m('yours.nameEn'), value: profile.fullNameEn }] : []),
    {
      key: m('yours.birthDate'),
      value: profile.birthDate ? formatBirthDate(profile.birthDate, ctx.locale) : '',
    },
    {
      key: m('yours.nationality'),
      value: profile.nationality ? nationalityName(profile.nationality, ctx.locale) : '',
    },
    {
      key: m('yours.idAddress'),
      value: (
        <MixedText
          text={idCardAddressText(profile.idCardAddress, ctx.locale)}
          locale={ctx.locale}
        />
      ),
    },
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

/** "Send me a link to continue later": the resume link on request (its own form, never nested). */
export function ContinueLater({ ctx }: { ctx: PageContext }) {
  const m = personMessages(ctx.locale)
  return (
    <form method="post" action={PATHS.continueLater} class="continue-later" data-continue-later>
      <CsrfField ctx={ctx} />
      <Button secondary>{m('later.button')}</Button>
      <p class="hint">{m('later.hint')}</p>
    </form>
  )
}
