import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { ApplicationStep, DB } from '../../platform/db/schema.js'
import { recordJourneyEvent } from '../../platform/journey.js'
import type { Locale } from '../../platform/time.js'
import { currentDocuments } from '../documents/index.js'
import { insertAcceptances, insertDraftApplication } from './application.repository.js'

/**
 * Starts a draft application (a person's, or a company's) and records the acceptance of the
 * current documents.
 */
export async function startApplication(
  deps: { db: Kysely<DB> },
  opts: { locale: Locale; requestId: string; kind?: 'person' | 'company'; step?: ApplicationStep },
): Promise<string> {
  const kind = opts.kind ?? 'person'
  return deps.db.transaction().execute(async (trx) => {
    const id = await insertDraftApplication(trx, {
      kind,
      step: opts.step ?? 'details',
      locale: opts.locale,
    })
    const documents = await currentDocuments(trx)
    await insertAcceptances(
      trx,
      id,
      documents.map((d) => d.id),
    )
    await recordJourneyEvent(trx, { journeyId: id, kind, event: 'started' })
    await recordAudit(trx, {
      actorType: 'anonymous',
      action: 'application.started',
      subjectType: 'application',
      subjectId: id,
      requestId: opts.requestId,
      data: { kind },
    })
    return id
  })
}
