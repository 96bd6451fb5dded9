import { recordAudit } from '../../platform/audit.js'
import type { TicketCategory } from '../../platform/db/schema/help-desk.js'
import { enqueueMail } from '../mail/index.js'
import { slaTargets, type SlaTarget } from './config.repository.js'
import type { HelpDeskDeps } from './deps.js'
import { helpMail } from './mail.js'
import { HELP_PATHS } from './paths.js'
import { mailSlaNotices } from './sla-mail.js'
import {
  HOUR_MS,
  slaState,
  usedBy,
  WARNING_SHARE,
  type BusinessCalendar,
  type SlaState,
} from './sla.js'
import { businessCalendar, changeTicket } from './ticket-change.js'
import { markSla, ticketById, unclosedTickets, type TicketRow } from './tickets.repository.js'
import { reporterAddress } from './tickets.service.js'

const DAY = 86_400_000
/** A resolved ticket closes by itself this long after, unless the reporter writes again. */
export const AUTO_CLOSE_MS = 7 * DAY

export interface TicketSla {
  usedMs: number
  firstResponse: SlaState
  resolution: SlaState
}

/** Where a ticket's two targets stand at `now`. */
export function slaOf(
  t: TicketRow,
  target: SlaTarget,
  cal: BusinessCalendar,
  now: Date,
): TicketSla {
  const usedMs = usedBy(
    { usedMs: Number(t.sla_used_ms), clockAt: t.sla_clock_at, status: t.status },
    now,
    cal,
  )
  const fr = target.firstResponseHours * HOUR_MS
  const res = target.resolutionHours * HOUR_MS
  return {
    usedMs,
    firstResponse: t.first_response_breached
      ? 'breached'
      : slaState(t.first_response_at ? 0 : usedMs, fr, t.first_response_at !== null),
    resolution: t.resolution_breached
      ? 'breached'
      : slaState(usedMs, res, t.status === 'resolved' || t.status === 'closed'),
  }
}

/** The targets and calendar the SLA views need, read once. */
export async function slaContext(deps: Pick<HelpDeskDeps, 'db'>) {
  const [targets, cal] = await Promise.all([slaTargets(deps.db), businessCalendar(deps.db)])
  return {
    cal,
    targetOf: (c: TicketCategory): SlaTarget =>
      targets.get(c) ?? { firstResponseHours: 8, resolutionHours: 40 },
  }
}

/**
 * The SLA job: records breaches and warnings (each once, audited, e-mailed to the assignee or the
 * ticket's queue), and closes tickets resolved 7 days ago, e-mailing the reporter. A ticket changed meanwhile is left for the next run.
 */
export async function runSlaClocks(
  deps: HelpDeskDeps,
  now: Date,
): Promise<{ closed: number; breached: number; warned: number }> {
  const { cal, targetOf } = await slaContext(deps)
  let closed = 0
  let breached = 0
  let warned = 0
  for (const row of await unclosedTickets(deps.db)) {
    await deps.db.transaction().execute(async (trx) => {
      const t = await ticketById(trx, row.id)
      if (!t || t.status === 'closed') return
      if (
        t.status === 'resolved' &&
        t.resolved_at &&
        now.getTime() - t.resolved_at.getTime() >= AUTO_CLOSE_MS
      ) {
        await changeTicket(
          trx,
          t,
          {
            to: 'closed',
            actor: { type: 'system' },
            audit: { actorType: 'system', action: 'helpdesk.auto_closed' },
          },
          now,
          cal,
        )
        const to = reporterAddress(deps.crypto, t)
        if (to)
          await enqueueMail(
            trx,
            helpMail.closed(to, {
              reference: t.reference,
              link: `${deps.publicBaseUrl}${HELP_PATHS.newTicket}`,
            }),
          )
        closed++
        return
      }
      const target = targetOf(t.category)
      const used = usedBy(
        { usedMs: Number(t.sla_used_ms), clockAt: t.sla_clock_at, status: t.status },
        now,
        cal,
      )
      const fr = target.firstResponseHours * HOUR_MS
      const res = target.resolutionHours * HOUR_MS
      const patch: {
        first_response_breached?: boolean
        resolution_breached?: boolean
        warned_at?: Date
      } = {}
      if (!t.first_response_at && !t.first_response_breached && used > fr)
        patch.first_response_breached = true
      if (!t.resolved_at && !t.resolution_breached && used > res) patch.resolution_breached = true
      const nearing =
        (!t.first_response_at && used >= fr * WARNING_SHARE) || used >= res * WARNING_SHARE
      if (!t.warned_at && nearing) patch.warned_at = now
      if (Object.keys(patch).length === 0) return
      await markSla(trx, t.id, patch)
      const what =
        patch.first_response_breached || patch.resolution_breached
          ? 'helpdesk.sla_breached'
          : 'helpdesk.sla_warning'
      await recordAudit(trx, {
        actorType: 'system',
        action: what,
        subjectType: 'helpdesk_ticket',
        subjectId: t.id,
        data: { category: t.category, usedMs: used, ...patch, warned_at: undefined },
      })
      await mailSlaNotices(
        trx,
        deps,
        t,
        {
          kinds: [
            ...(patch.warned_at ? (['warning'] as const) : []),
            ...(patch.first_response_breached ? (['first_response_breached'] as const) : []),
            ...(patch.resolution_breached ? (['resolution_breached'] as const) : []),
          ],
          usedMs: used,
          target,
          cal,
        },
        now,
      )
      if (patch.first_response_breached || patch.resolution_breached) breached++
      else warned++
    })
  }
  return { closed, breached, warned }
}
