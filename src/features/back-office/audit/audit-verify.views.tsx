import type { PublishedCheckpoint, VerifyReport } from '../../audit-trail/index.js'
import { AUDIT_PATHS } from '../../audit-trail/index.js'
import { formatDateTime, formatNumber } from '../../../platform/time.js'
import { Button, CsrfField } from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { auditorMessages, type AuditorTranslate } from './auditor.messages.js'
import { type VerificationView } from './auditor.service.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { OFFICER_PATHS } from '../paths.js'

function Heads({
  ctx,
  m,
  heads,
}: {
  ctx: PageContext
  m: AuditorTranslate
  heads: PublishedCheckpoint[]
}) {
  if (heads.length === 0) return <p class="body">{m('verify.noHeads')}</p>
  return (
    <div class="bo-table-wrap">
      <table class="bo-table" data-heads>
        <caption class="visually-hidden">{m('verify.heads')}</caption>
        <thead>
          <tr>
            <th scope="col">{m('head.number')}</th>
            <th scope="col">{m('head.range')}</th>
            <th scope="col">{m('head.count')}</th>
            <th scope="col">{m('head.sealedAt')}</th>
            <th scope="col">{m('head.hash')}</th>
          </tr>
        </thead>
        <tbody>
          {heads.map((h) => (
            <tr key={h.number}>
              <td>{formatNumber(h.number, ctx.locale)}</td>
              <td>
                {h.firstSeq}–{h.lastSeq}
              </td>
              <td>{formatNumber(h.count, ctx.locale)}</td>
              <td>{formatDateTime(new Date(h.sealedAt), ctx.locale)}</td>
              <td>
                <code class="bo-code bo-break bo-small">{h.hash}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function Report({
  ctx,
  m,
  report,
}: {
  ctx: PageContext
  m: AuditorTranslate
  report: VerifyReport
}) {
  const n = (v: number) => formatNumber(v, ctx.locale)
  return (
    <div
      class={`notice notice--${report.ok ? 'success' : 'warning'}`}
      role={report.ok ? 'status' : 'alert'}
      data-verified={report.ok ? 'ok' : 'tampered'}
    >
      <h2 class="heading-m">{report.ok ? m('verify.ok') : m('verify.bad')}</h2>
      <p class="body">
        {m('verify.summary', {
          checkpoints: n(report.checkpoints),
          events: n(report.eventsChecked),
          sealed: n(report.sealedThrough),
          unsealed: n(report.unsealedEvents),
        })}
      </p>
      {!report.ok && (
        <>
          <h3 class="bo-subtitle">{m('verify.counts')}</h3>
          <ul class="plain-list">
            {Object.entries(report.counts).map(([kind, count]) => (
              <li key={kind} data-finding={kind}>
                {m(`finding.${kind as 'event-edited'}`)}: {n(count)}
              </li>
            ))}
          </ul>
          <h3 class="bo-subtitle">{m('verify.findings', { max: n(50) })}</h3>
          <ul class="plain-list">
            {report.findings.map((f, i) => (
              <li key={i}>
                {m(`finding.${f.kind}`)}
                {f.checkpoint !== undefined && ` [${f.checkpoint}]`}:{' '}
                <span lang="en">{f.detail}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

/** Verification of the whole trail on request, and the latest published heads. */
export function AuditVerifyPage({
  ctx,
  officer,
  view,
}: {
  ctx: PageContext
  officer: OfficerBadge
  view: VerificationView
}) {
  const m = auditorMessages(ctx.locale)
  return (
    <OfficerLayout ctx={ctx} title={m('verify.title')} officer={officer}>
      <h1 class="heading-l">{m('verify.title')}</h1>
      <p class="body">{m('verify.intro')}</p>
      {view.report && <Report ctx={ctx} m={m} report={view.report} />}
      <form method="post" action={OFFICER_PATHS.auditVerify}>
        <CsrfField ctx={ctx} />
        <Button>{m('verify.button')}</Button>
      </form>
      <h2 class="heading-m">{m('verify.heads')}</h2>
      <Heads ctx={ctx} m={m} heads={view.heads} />
      <p class="body">
        <a href={AUDIT_PATHS.checkpoints}>{m('verify.public')}</a>
      </p>
    </OfficerLayout>
  )
}
