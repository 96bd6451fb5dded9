import { recordAudit } from '../../platform/audit.js'
import { authorise, roleLabel, type OfficerAuth } from '../officers/index.js'
import type { HelpDeskDeps } from './deps.js'
import { ticketFigures, type FigureRange, type PeriodFigures } from './figures.js'

/** The statistics page's figures ('helpdesk.tickets'); an export is recorded in the audit trail. */
export async function helpDeskStatistics(
  deps: HelpDeskDeps,
  auth: OfficerAuth,
  range: FigureRange,
  exported?: 'csv' | 'xlsx',
): Promise<{ quarters: PeriodFigures[]; years: PeriodFigures[] }> {
  await authorise(deps.db, auth, 'helpdesk.tickets', 'helpdesk.statistics')
  const figures = await ticketFigures(deps.db, range)
  if (exported)
    await recordAudit(deps.db, {
      actorType: 'officer',
      actorId: auth.officerId,
      actorRole: roleLabel(auth.roles),
      action: 'helpdesk.statistics_exported',
      requestId: auth.requestId,
      data: { format: exported, from: range.from.toISOString(), to: range.to.toISOString() },
      details: { ip: auth.ip },
    })
  return figures
}
