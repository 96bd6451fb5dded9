import { Button, CsrfField, SummaryList } from '../../../../platform/views/components.js'
import type { PageContext } from '../../../../platform/views/context.js'
import { Layout } from '../../../../platform/views/layout.js'
import { PATHS } from '../../journey.js'
import { SignerList, type SignerView } from '../../views.js'
import { statusMessages } from './messages.js'

/** The application's status: who has verified, who is pending, and a new link for those waiting. */
export function StatusPage(p: {
  ctx: PageContext
  reference: string
  companyName: string
  status: 'draft' | 'submitted' | 'approved' | 'refused' | 'superseded' | 'expired'
  registrationNumber?: string
  signers: SignerView[]
  resent?: string
  /** What the page shows, compared by its script with the server's to reload on a change. */
  state: string
}) {
  const { ctx } = p
  const m = statusMessages(ctx.locale)
  const state = p.status === 'superseded' ? 'expired' : p.status
  const waiting = p.status === 'draft' || p.status === 'submitted'
  const decided = p.status === 'approved' || p.status === 'refused'
  return (
    <Layout ctx={ctx} title={m('status.title')}>
      <h1 class="heading-l">{m('status.title')}</h1>
      {p.resent && (
        <p class="inset" role="status">
          {m('status.resent', { name: p.resent })}
        </p>
      )}
      {p.registrationNumber && (
        <div class="panel-success">
          <p class="body">{m('status.registered')}</p>
          <p class="body">{m('status.number')}</p>
          <strong class="big" data-registration-number>
            {p.registrationNumber}
          </strong>
        </div>
      )}
      <SummaryList
        rows={[
          {
            key: m('check.company'),
            value: <span lang={ctx.locale === 'en' ? 'th' : undefined}>{p.companyName}</span>,
          },
          { key: m('status.reference'), value: <span class="reference">{p.reference}</span> },
          {
            key: m('status.state'),
            value: <span data-application-status={state}>{m(`status.state.${state}`)}</span>,
          },
        ]}
      />
      <h2 class="heading-m">{m('check.signers')}</h2>
      <SignerList ctx={ctx} signers={p.signers} />
      {waiting &&
        p.signers
          .filter((s) => !s.initiator && (s.status === 'invited' || s.status === 'expired'))
          .map((s) => (
            <form method="post" action={PATHS.resendInvite} key={s.id}>
              <CsrfField ctx={ctx} />
              <input type="hidden" name="signer" value={s.id} />
              <Button secondary>
                {m('status.resendTo')}{' '}
                <span class="th-word" lang={ctx.locale === 'en' ? 'th' : undefined}>
                  {s.name}
                </span>
              </Button>
            </form>
          ))}
      {p.status === 'draft' && (
        <p class="body">
          <a href={PATHS.step('check')}>{m('status.continue')}</a>
        </p>
      )}
      {decided && (
        <p class="body">
          <a href={PATHS.done}>{m('status.result')}</a>
        </p>
      )}
      {waiting && (
        <>
          <p
            class="hint"
            data-status-poll={PATHS.statusState}
            data-status-state={p.state}
            role="status"
          >
            {m('status.refresh')} <a href={PATHS.status}>{m('status.checkNow')}</a>
          </p>
          <script nonce={ctx.nonce} src="/assets/company-status.js" defer />
        </>
      )}
    </Layout>
  )
}
