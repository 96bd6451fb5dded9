import type { VerificationFailure } from '../../../platform/db/schema.js'
import { formatDateTime } from '../../../platform/time.js'
import type { PageContext } from '../../../platform/views/context.js'
import { Layout } from '../../../platform/views/layout.js'
import { VerificationStep, type PanelProps } from '../../identity/index.js'
import type { SignedDescription } from '../signing/signed-kind.js'
import { invitedDirectorMessages } from './messages.js'

/** The invited director's page: what they confirm, then their own verification. */
export function SignPage(p: {
  ctx: PageContext
  companyName: string
  juristicId: string
  director: string
  contact: string
  expiresAt: Date | null
  action: string
  panel?: Omit<PanelProps, 'ctx'>
  failure?: VerificationFailure
  /** What another kind of signed application (a grant of authority) asks the director to confirm. */
  described?: SignedDescription
}) {
  const { ctx } = p
  const m = invitedDirectorMessages(ctx.locale)
  const title = p.described?.title ?? m('sign.title', { company: p.companyName })
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="heading-l">{title}</h1>
      <p class="lead">{p.described?.intro ?? m('sign.intro', { director: p.director })}</p>
      <h2 class="heading-m">{m('sign.what')}</h2>
      <ul class="bullets">
        <li>
          {m('sign.what1', { director: p.director, company: `${p.companyName} (${p.juristicId})` })}
        </li>
        {p.described ? (
          p.described.lines.map((line) => <li key={line}>{line}</li>)
        ) : (
          <>
            <li>{m('sign.what2')}</li>
            {p.contact && <li>{m('sign.what3', { contact: p.contact })}</li>}
          </>
        )}
      </ul>
      {p.expiresAt && (
        <p class="hint">{m('sign.expires', { time: formatDateTime(p.expiresAt, ctx.locale) })}</p>
      )}
      <p class="notice notice--warning">{m('sign.notYou', { director: p.director })}</p>
      <VerificationStep
        ctx={ctx}
        panel={p.panel}
        failure={p.failure}
        intro=""
        action={p.action}
        button={m('sign.button')}
      />
    </Layout>
  )
}
