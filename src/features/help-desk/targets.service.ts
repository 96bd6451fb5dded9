import { recordAudit } from '../../platform/audit.js'
import type { TicketCategory } from '../../platform/db/schema/help-desk.js'
import { newId } from '../../platform/ids.js'
import { authorise, roleLabel, type OfficerAuth } from '../officers/index.js'
import type { HelpDeskDeps } from './deps.js'
import { TICKET_CATEGORIES } from './help.schema.js'
import {
  insertTargetChange,
  targetChanges,
  targetRows,
  updateTarget,
  type TargetChange,
  type TargetRow,
} from './targets.repository.js'
import { ChangedMeanwhileError } from './ticket-change.js'

// The SLA targets' edit page ('helpdesk.configure'): each category's first-reply and resolution
// targets in business hours. A change is kept in the append-only history with its reason, and
// audited; the SLA job and the inbox read the targets afresh, so a change applies at once.

export type { TargetChange, TargetRow }

/** The targets in the categories' order, and the history of changes, the newest first. */
export async function targetsWithHistory(
  deps: HelpDeskDeps,
  auth: OfficerAuth,
): Promise<{ targets: TargetRow[]; history: TargetChange[] }> {
  await authorise(deps.db, auth, 'helpdesk.configure', 'helpdesk.targets')
  const [rows, history] = await Promise.all([targetRows(deps.db), targetChanges(deps.db)])
  const order = (c: TicketCategory) => TICKET_CATEGORIES.indexOf(c)
  return { targets: rows.sort((a, b) => order(a.category) - order(b.category)), history }
}

export interface TargetEdit {
  category: TicketCategory
  /** The version the officer's page showed. */
  version: number
  firstResponseHours: number
  resolutionHours: number
}

/**
 * Saves the categories whose targets differ from the stored ones, all or none: a category
 * changed by someone else since the page was opened throws ChangedMeanwhileError. Returns the
 * categories changed.
 */
export async function saveTargets(
  deps: HelpDeskDeps,
  auth: OfficerAuth,
  edits: TargetEdit[],
  reason: string,
): Promise<TicketCategory[]> {
  await authorise(deps.db, auth, 'helpdesk.configure', 'helpdesk.targets')
  const now = deps.clock.now()
  return deps.db.transaction().execute(async (trx) => {
    const stored = new Map((await targetRows(trx)).map((r) => [r.category, r]))
    const changed: TicketCategory[] = []
    for (const e of edits) {
      const before = stored.get(e.category)
      if (!before) continue
      if (before.version !== e.version) throw new ChangedMeanwhileError()
      const after = { firstResponseHours: e.firstResponseHours, resolutionHours: e.resolutionHours }
      if (
        before.firstResponseHours === after.firstResponseHours &&
        before.resolutionHours === after.resolutionHours
      )
        continue
      const version = await updateTarget(trx, e.category, e.version, after)
      if (version === undefined) throw new ChangedMeanwhileError()
      const from = {
        firstResponseHours: before.firstResponseHours,
        resolutionHours: before.resolutionHours,
      }
      await insertTargetChange(trx, newId(), {
        category: e.category,
        version,
        before: from,
        after,
        changedBy: auth.officerId,
        changedAt: now,
        reason,
      })
      await recordAudit(trx, {
        actorType: 'officer',
        actorId: auth.officerId,
        actorRole: roleLabel(auth.roles),
        action: 'helpdesk.sla_target_changed',
        subjectType: 'helpdesk_config',
        subjectId: `sla:${e.category}`,
        requestId: auth.requestId,
        data: { version, before: from, after },
        details: { ip: auth.ip, reason },
      })
      changed.push(e.category)
    }
    return changed
  })
}
