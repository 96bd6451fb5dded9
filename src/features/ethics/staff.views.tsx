import { formatDate, formatDateTime } from '../../platform/time.js'
import { Button, CsrfField } from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { SSO_PATHS } from '../officers/index.js'
import { STAFF_PATHS } from './paths.js'
import { staffMessages } from './staff.messages.js'

export interface StaffBadge {
  staffNumber: string
  name: string
}

function Who({ ctx, staff }: { ctx: PageContext; staff: StaffBadge }) {
  const m = staffMessages(ctx.locale)
  return (
    <form method="post" action={SSO_PATHS.signOut} class="staff-who">
      <CsrfField ctx={ctx} />
      <p class="hint" data-staff={staff.staffNumber}>
        {m('mine.signedAs', { name: staff.name, number: staff.staffNumber })}{' '}
        <button type="submit" class="link-button">
          {m('mine.signOut')}
        </button>
      </p>
    </form>
  )
}

/** The officer's campaigns and where each stands. */
export function MinePage(p: {
  ctx: PageContext
  staff: StaffBadge
  campaigns: {
    id: string
    title_th: string
    title_en: string
    starts_on: string
    ends_on: string
    signed_at: Date | null
    open: boolean
  }[]
}) {
  const { ctx } = p
  const m = staffMessages(ctx.locale)
  const th = ctx.locale === 'th'
  return (
    <Layout ctx={ctx} title={m('mine.title')}>
      <h1 class="heading-l">{m('mine.title')}</h1>
      <Who ctx={ctx} staff={p.staff} />
      <p class="body">{m('mine.intro')}</p>
      {p.campaigns.length === 0 ? (
        <p class="body">{m('mine.none')}</p>
      ) : (
        <ul class="list">
          {p.campaigns.map((c) => (
            <li key={c.id} data-campaign={c.id}>
              <a href={STAFF_PATHS.campaign(c.id)}>{th ? c.title_th : c.title_en}</a>
              <br />
              <span class="hint">
                {m('window', {
                  start: formatDate(c.starts_on, ctx.locale),
                  end: formatDate(c.ends_on, ctx.locale),
                })}
                {' · '}
                {c.signed_at
                  ? m('status.signed', { when: formatDateTime(c.signed_at, ctx.locale) })
                  : m(c.open ? 'status.open' : 'status.closed')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  )
}

export type SignNotice = 'signed' | 'already' | 'outside'

/** The code's text, its version and hash, and the signing button (or why it is not there). */
export function AcknowledgePage(p: {
  ctx: PageContext
  staff: StaffBadge
  campaign: {
    id: string
    title_th: string
    title_en: string
    starts_on: string
    ends_on: string
    method_th: string
    method_en: string
    version: number
    code_title_th: string
    code_title_en: string
    body_th: string
    body_en: string
    effective_on: string | null
    content_sha256: string | null
  }
  signedAt?: Date
  open: boolean
  joiner: boolean
  notice?: SignNotice
}) {
  const { ctx, campaign: c } = p
  const m = staffMessages(ctx.locale)
  const th = ctx.locale === 'th'
  const method = th ? c.method_th : c.method_en
  const window = {
    start: formatDate(c.starts_on, ctx.locale),
    end: formatDate(c.ends_on, ctx.locale),
  }
  return (
    <Layout ctx={ctx} title={th ? c.title_th : c.title_en}>
      <p class="body">
        <a href={STAFF_PATHS.mine}>{m('back')}</a>
      </p>
      {p.notice === 'already' && p.signedAt && (
        <div class="notice notice--warning" role="status" data-notice="already">
          {m('sign.already', { when: formatDateTime(p.signedAt, ctx.locale) })}
        </div>
      )}
      {p.notice === 'outside' && (
        <div class="notice notice--warning" role="status" data-notice="outside">
          {m('sign.outside', window)}
        </div>
      )}
      {p.notice === 'signed' && p.signedAt && (
        <div class="notice notice--success" role="status" data-notice="signed">
          {m('sign.done', { when: formatDateTime(p.signedAt, ctx.locale) })}
        </div>
      )}
      <h1 class="heading-l">{th ? c.title_th : c.title_en}</h1>
      <Who ctx={ctx} staff={p.staff} />
      <h2 class="heading-m">{th ? c.code_title_th : c.code_title_en}</h2>
      <p class="hint">
        {m('code.version', {
          version: c.version,
          date: c.effective_on ? formatDate(c.effective_on, ctx.locale) : '',
        })}
      </p>
      {(th ? c.body_th : c.body_en).split('\n').map((para, i) =>
        para.trim() === '' ? null : (
          <p class="body" key={i}>
            {para}
          </p>
        ),
      )}
      <p class="hint" data-sha256={c.content_sha256 ?? ''}>
        {/* In groups of eight, so that a phone's narrow screen can wrap it. */}
        {m('code.hash', { hash: (c.content_sha256 ?? '').replace(/(.{8})(?=.)/g, '$1 ') })}
      </p>
      {p.joiner && <p class="body">{m('sign.joiner')}</p>}
      {p.signedAt ? (
        p.notice !== 'already' &&
        p.notice !== 'signed' && (
          <p class="body" data-signed>
            {m('sign.done', { when: formatDateTime(p.signedAt, ctx.locale) })}
          </p>
        )
      ) : p.open ? (
        <form method="post" action={STAFF_PATHS.sign(c.id)} novalidate>
          <CsrfField ctx={ctx} />
          <p class="body">{m('sign.statement', { method })}</p>
          <Button>{m('sign.submit', { method })}</Button>
        </form>
      ) : (
        p.notice !== 'outside' && <p class="body">{m('sign.outside', window)}</p>
      )}
    </Layout>
  )
}
