import type { VerificationFailure } from '../../platform/db/schema.js'
import { formatDate } from '../../platform/time.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { VerificationStep, type PanelProps } from '../identity/index.js'
import { authorityMessages } from './messages.js'
import { describeScopes } from './scopes.js'

/** The grantee's page: what they accept, then their own verification. */
export function AcceptPage(p: {
  ctx: PageContext
  companyName: string
  scopes: string[]
  validFrom: string
  validUntil: string
  action: string
  panel?: Omit<PanelProps, 'ctx'>
  failure?: VerificationFailure
}) {
  const { ctx } = p
  const m = authorityMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('accept.title', { company: p.companyName })}>
      <h1 class="heading-l">{m('accept.title', { company: p.companyName })}</h1>
      <p class="lead">{m('accept.intro', { company: p.companyName })}</p>
      <h2 class="heading-m">{m('accept.scopes')}</h2>
      <ul class="bullets" data-accept-scopes>
        {p.scopes.map((s) => (
          <li key={s}>{describeScopes(ctx.locale, [s])}</li>
        ))}
      </ul>
      <p class="body">
        {m('accept.period', {
          from: formatDate(p.validFrom, ctx.locale),
          until: formatDate(p.validUntil, ctx.locale),
        })}
      </p>
      <p class="notice notice--warning">{m('accept.notYou')}</p>
      <VerificationStep
        ctx={ctx}
        panel={p.panel}
        failure={p.failure}
        intro={m('accept.verifyIntro')}
        action={p.action}
        button={m('accept.button')}
      />
    </Layout>
  )
}

/** A page with one message: a refusal, an unavailable registry, an unusable link, a result. */
export function AuthorityMessagePage(p: {
  ctx: PageContext
  title: string
  body: string
  status?: string
}) {
  return (
    <Layout ctx={p.ctx} title={p.title}>
      <h1 class="heading-l">{p.title}</h1>
      <p class="body" data-outcome={p.status}>
        {p.body}
      </p>
      <p class="body">
        <a href="/account/sign-in">{authorityMessages(p.ctx.locale)('link.signIn')}</a>
      </p>
    </Layout>
  )
}
