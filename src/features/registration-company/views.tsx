import { formatDateTime } from '../../platform/time.js'
import { Button, CsrfField } from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { keepThaiCompounds, THAI_COMPOUNDS } from '../../platform/views/thai-words.js'
import { PATHS } from './journey.js'
import { companyMessages } from './messages.js'
import type { SignerRow } from './signing/signer.repository.js'

export interface SignerView {
  id: string
  name: string
  status: 'invited' | 'verified' | 'expired' | 'withdrawn'
  initiator: boolean
  email: string | null
  expiresAt: Date | null
  basis: 'national_id' | 'name' | null
}

/** The fields of a signer that the check and status pages show. */
export function signerViews(signers: SignerRow[]): SignerView[] {
  return signers.map((s) => ({
    id: s.id,
    name: s.director_name ?? '',
    status: s.status,
    initiator: s.initiator,
    email: s.email,
    expiresAt: s.invite_expires_at,
    basis: s.match_basis,
  }))
}

/** Words a phone must not split in a signer's line ("ยืนยันตัว|ตนแล้ว" was seen at 360 px). */
const SIGNER_WORDS = [...THAI_COMPOUNDS, 'ยืนยันตัวตน']

/** Who signs, and where each of them stands. */
export function SignerList({ ctx, signers }: { ctx: PageContext; signers: SignerView[] }) {
  const m = companyMessages(ctx.locale)
  return (
    <ul class="plain-list signer-list" data-signers>
      {signers.map((s) => (
        <li key={s.id} data-signer-status={s.status}>
          <strong lang={ctx.locale === 'en' ? 'th' : undefined}>{s.name}</strong>{' '}
          {s.initiator && m('signer.you')} —{' '}
          {keepThaiCompounds(
            s.status === 'invited'
              ? m('signer.status.invited', {
                  time: s.expiresAt ? formatDateTime(s.expiresAt, ctx.locale) : '',
                })
              : m(`signer.status.${s.status}`),
            SIGNER_WORDS,
          )}
          {s.basis === 'name' && <div class="hint">{m('signer.basis.name')}</div>}
        </li>
      ))}
    </ul>
  )
}

/** DBD did not answer: nothing is lost, nothing is guessed. */
export function UnavailablePage({ ctx }: { ctx: PageContext }) {
  const m = companyMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('unavailable.title')}>
      <h1 class="heading-l">{m('unavailable.title')}</h1>
      <p class="body" data-dbd-unavailable>
        {m('unavailable.body')}
      </p>
      <p class="body">
        <a class="button" href={PATHS.step('company')}>
          {m('unavailable.retry')}
        </a>
      </p>
    </Layout>
  )
}

/** A page with a title and one paragraph, and optionally a form with one button. */
export function CompanyMessagePage(p: {
  ctx: PageContext
  title: string
  body: string
  action?: { href: string; label: string }
}) {
  return (
    <Layout ctx={p.ctx} title={p.title}>
      <h1 class="heading-l">{p.title}</h1>
      <p class="body">{p.body}</p>
      {p.action && (
        <form method="post" action={p.action.href}>
          <CsrfField ctx={p.ctx} />
          <Button>{p.action.label}</Button>
        </form>
      )}
    </Layout>
  )
}
