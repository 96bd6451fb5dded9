import type { TicketStatus } from '../../platform/db/schema/help-desk.js'
import { ConflictError, NotFoundError } from '../../platform/errors.js'
import { parseReference } from '../../platform/ids.js'
import { roleLabel, type OfficerAuth } from '../officers/index.js'
import { enqueueMail } from '../mail/index.js'
import type { HelpDeskDeps } from './deps.js'
import { helpMail } from './mail.js'
import { ticketInQueue, type Queue } from './officer.service.js'
import { HOUR_MS, usedBy } from './sla.js'
import { slaContext } from './sla.service.js'
import { businessCalendar, changeTicket, type Change } from './ticket-change.js'
import { markSla, ticketByReference, ticketById } from './tickets.repository.js'
import { followLink, reporterAddress } from './tickets.service.js'

// What officers do to a ticket. Each action names the version the officer's page showed: if
// another officer changed the ticket meanwhile, the action is refused (ChangedMeanwhileError).

export type OfficerAction =
  | { kind: 'reply'; version: number; body: string; then: 'open' | 'pending' | 'resolved' }
  | { kind: 'note'; version: number; body: string }
  | { kind: 'assign'; version: number; assignee: string | null }
  | { kind: 'status'; version: number; to: TicketStatus }
  | { kind: 'merge'; version: number; into: string }

/** Applies an officer's action in one transaction with its audit row (and any e-mail). */
export async function actOnTicket(
  deps: HelpDeskDeps,
  auth: OfficerAuth,
  queue: Queue,
  id: string,
  action: OfficerAction,
): Promise<void> {
  const now = deps.clock.now()
  const cal = await businessCalendar(deps.db)
  const { targetOf } = await slaContext(deps)
  const seen = await ticketInQueue(deps.db, auth, queue, id)
  await deps.db.transaction().execute(async (trx) => {
    const t = await ticketById(trx, seen.id)
    if (!t) throw new NotFoundError()
    const actor = { type: 'officer' as const, officerId: auth.officerId }
    const audit = (what: string, data: Record<string, unknown> = {}): Change['audit'] => ({
      actorType: 'officer',
      actorId: auth.officerId,
      actorRole: roleLabel(auth.roles),
      action: what,
      requestId: auth.requestId,
      data,
      details: { ip: auth.ip },
    })
    const base = { ...t, version: action.version }
    switch (action.kind) {
      case 'reply': {
        const to = t.status === 'new' && action.then === 'open' ? 'open' : action.then
        const first = t.first_response_at === null
        await changeTicket(
          trx,
          base,
          {
            to,
            actor,
            event: { kind: 'reply', body: action.body },
            ...(first ? { patch: { first_response_at: now } } : {}),
            audit: audit('helpdesk.replied'),
          },
          now,
          cal,
        )
        const used = usedBy(
          { usedMs: Number(t.sla_used_ms), clockAt: t.sla_clock_at, status: t.status },
          now,
          cal,
        )
        const target = targetOf(t.category)
        const late = {
          ...(first && used > target.firstResponseHours * HOUR_MS
            ? { first_response_breached: true }
            : {}),
          ...(to === 'resolved' && used > target.resolutionHours * HOUR_MS
            ? { resolution_breached: true }
            : {}),
        }
        if (Object.keys(late).length > 0) await markSla(trx, t.id, late)
        const address = reporterAddress(deps.crypto, t)
        if (address)
          await enqueueMail(
            trx,
            helpMail.reply(address, {
              reference: t.reference,
              body: action.body,
              link: followLink(deps, t),
            }),
          )
        return
      }
      case 'note':
        await changeTicket(
          trx,
          base,
          { actor, event: { kind: 'note', body: action.body }, audit: audit('helpdesk.noted') },
          now,
          cal,
        )
        return
      case 'assign':
        await changeTicket(
          trx,
          base,
          {
            ...(t.status === 'new' ? { to: 'open' as const } : {}),
            actor,
            event: { kind: 'assign' },
            patch: { assignee_id: action.assignee },
            audit: audit('helpdesk.assigned', { assignee: action.assignee }),
          },
          now,
          cal,
        )
        return
      case 'status':
        await changeTicket(
          trx,
          base,
          { to: action.to, actor, audit: audit('helpdesk.status_changed') },
          now,
          cal,
        )
        return
      case 'merge': {
        const reference = parseReference(action.into)
        const into = reference ? await ticketByReference(trx, reference) : undefined
        if (
          !into ||
          into.id === t.id ||
          into.merged_into ||
          (into.category === 'corruption') !== (t.category === 'corruption')
        )
          throw new ConflictError('no such ticket to merge into')
        await changeTicket(
          trx,
          base,
          {
            to: 'closed',
            actor,
            event: { kind: 'merge', body: into.reference },
            patch: { merged_into: into.id },
            audit: audit('helpdesk.merged', { into: into.id }),
          },
          now,
          cal,
        )
        return
      }
    }
  })
}
