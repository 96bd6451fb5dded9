import { Button, CsrfField, SummaryList } from '../../../../platform/views/components.js'
import type { PageContext } from '../../../../platform/views/context.js'
import { Layout } from '../../../../platform/views/layout.js'
import { MixedText } from '../../../address/index.js'
import type { ProfileView } from '../../../registrations/index.js'
import { PATHS } from '../../journey.js'
import { bankRows, ContinueLater } from '../../views.js'
import { checkMessages } from './messages.js'

/** Every answer with a change link, then the declaration and the submit button. */
export function CheckPage(p: {
  ctx: PageContext
  profile: ProfileView
  /** The applicant's own national ID, shown in full to them on this page only. */
  nationalId: string
  email: string
  mobile: string
  mailing: string
  submitKey: string
  ruleVersion: string
}) {
  const { ctx } = p
  const m = checkMessages(ctx.locale)
  const change = (href: string, field: string) => ({
    href,
    label: m('check.change'),
    hidden: field,
  })
  return (
    <Layout ctx={ctx} title={m('check.title')}>
      <h1 class="heading-l">{m('check.title')}</h1>
      <section aria-labelledby="from-bank">
        <h2 class="heading-m" id="from-bank">
          {m('yours.fromBank')}
        </h2>
        <SummaryList rows={bankRows(ctx, p.profile, p.nationalId)} />
        <p class="hint" data-full-id>
          {m('check.fullIdWhy')}
        </p>
      </section>
      <p class="body">
        {m('check.otherIdLead')}{' '}
        <a href={PATHS.step('details')} data-change-id>
          {m('check.otherId')}
        </a>
      </p>
      <h2 class="heading-m">{m('check.contact')}</h2>
      <SummaryList
        rows={[
          {
            key: m('step.email'),
            value: p.email,
            change: change(PATHS.step('details'), m('step.email')),
          },
          {
            key: m('step.mobile'),
            value: p.mobile,
            change: change(PATHS.step('details'), m('step.mobile')),
          },
          {
            key: m('step.mailing'),
            value: <MixedText text={p.mailing} locale={ctx.locale} />,
            change: change(PATHS.step('your-details'), m('step.mailing')),
          },
        ]}
      />
      <p class="body">{m('check.declaration', { version: p.ruleVersion })}</p>
      <form method="post" action={PATHS.submit}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="submitKey" value={p.submitKey} />
        <Button>{m('check.submit')}</Button>
      </form>
      <ContinueLater ctx={ctx} />
    </Layout>
  )
}
