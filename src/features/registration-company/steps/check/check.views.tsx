import { Button, CsrfField, SummaryList } from '../../../../platform/views/components.js'
import type { PageContext } from '../../../../platform/views/context.js'
import { Layout } from '../../../../platform/views/layout.js'
import type { JuristicPerson } from '../../../registry-dbd/index.js'
import { COMPANY_RULE_SET } from '../../company.rules.js'
import { PATHS } from '../../journey.js'
import { SignerList, type SignerView } from '../../views.js'
import { checkMessages } from './messages.js'

/** Check your answers, then apply. */
export function CheckPage(p: {
  ctx: PageContext
  company: JuristicPerson
  signers: SignerView[]
  contact: { name: string; email: string; phone: string; branch: string }
  submitKey: string
}) {
  const { ctx } = p
  const m = checkMessages(ctx.locale)
  const pending = p.signers.filter((s) => s.status !== 'verified').length
  const change = (href: string, hidden: string) => ({ href, label: m('check.change'), hidden })
  return (
    <Layout ctx={ctx} title={m('check.title')}>
      <h1 class="heading-l">{m('check.title')}</h1>
      <h2 class="heading-m">{m('check.company')}</h2>
      <SummaryList
        rows={[
          { key: m('precheck.nameTh'), value: p.company.nameTh },
          {
            key: m('check.juristicId'),
            value: p.company.id,
            change: change(PATHS.step('company'), m('check.juristicId')),
          },
        ]}
      />
      <h2 class="heading-m">{m('check.signers')}</h2>
      <SignerList ctx={ctx} signers={p.signers} />
      <p class="body">
        <a href={PATHS.step('signers')}>
          {m('check.change')}
          <span class="visually-hidden"> {m('check.signers')}</span>
        </a>
      </p>
      <h2 class="heading-m">{m('check.contact')}</h2>
      <SummaryList
        rows={[
          {
            key: m('contact.name'),
            value: p.contact.name,
            change: change(PATHS.step('contact'), m('contact.name')),
          },
          {
            key: m('contact.email'),
            value: p.contact.email,
            change: change(PATHS.step('contact'), m('contact.email')),
          },
          {
            key: m('contact.phone'),
            value: p.contact.phone,
            change: change(PATHS.step('contact'), m('contact.phone')),
          },
          {
            key: m('check.branch'),
            value: p.contact.branch,
            change: change(PATHS.step('contact'), m('check.branch')),
          },
        ]}
      />
      {pending > 0 && (
        <p class="inset" data-waiting-signers={pending}>
          {m('check.waiting', { count: pending })}
        </p>
      )}
      <p class="body">{m('check.declaration', { version: COMPANY_RULE_SET.version })}</p>
      <form method="post" action={PATHS.submit}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="submitKey" value={p.submitKey} />
        <Button>{m('check.button')}</Button>
      </form>
    </Layout>
  )
}
