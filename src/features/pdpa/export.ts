import type { MyData } from './my-data.service.js'
import { DATA_CATEGORIES, type CategoryId } from './data-categories.js'
import { CONTROLLER, LAWFUL_BASES, PURPOSES, SOURCES } from './processing.js'
import type { RetentionKind } from '../../platform/retention-kinds.js'
import type { RegistrationChange } from './registration-changes.repository.js'
import type { StatusLine } from './status-history.repository.js'

const FORMAT = 'ctp-personal-data-export/1'

/** What the configuration says about a category, in English and Thai, for the export. */
function about(id: CategoryId, days: Record<RetentionKind, number>) {
  const c = DATA_CATEGORIES[id]
  return {
    sources: c.sources.map((s) => ({ id: s, ...SOURCES[s] })),
    purposes: c.purposes.map((p) => ({ id: p, ...PURPOSES[p] })),
    lawfulBasis: c.bases.map((b) => ({ id: b, ref: LAWFUL_BASES[b].ref, ...LAWFUL_BASES[b].text })),
    retention: c.retention,
    ...('retentionKind' in c ? { retentionDays: days[c.retentionKind] } : {}),
    erasure: c.erasure,
  }
}

/** What the registrations' life adds to the copy, as /account/my-data shows it (issue 23). */
export interface RegistrationLife {
  statusHistory: StatusLine[]
  changes: RegistrationChange[]
}

/**
 * A registration's status lines and the changes made to it, as the page lists them: no
 * national ID (a registration is named by its id, as in `records`); a contact value as recorded.
 */
function lifeOf(life: RegistrationLife) {
  return {
    statusHistory: life.statusHistory.map((l) => ({
      registrationId: l.registrationId,
      status: l.status,
      reason: l.reason,
      changedAt: l.changedAt.toISOString(),
      receiptId: l.receiptId,
    })),
    changes: life.changes.map((c) =>
      c.kind === 'contact'
        ? {
            kind: c.kind,
            registrationId: c.registrationId,
            at: c.at.toISOString(),
            field: c.field,
            oldValue: c.oldValue ?? null,
            newValue: c.newValue ?? null,
          }
        : {
            kind: c.kind,
            registrationId: c.registrationId,
            at: c.at.toISOString(),
            source: c.source,
            outcome: c.outcome,
            receiptId: c.receiptId,
          },
    ),
  }
}

/**
 * The machine-readable copy of everything held about the person (PDPA s.30 and s.31): the
 * data, and for each category its sources, purposes, lawful basis and retention. The national
 * ID is given in full here, once, under identity: it is the person's own copy.
 */
export function exportDocument(
  data: MyData,
  days: Record<RetentionKind, number>,
  now: Date,
  life: RegistrationLife,
) {
  const fields = (rows: MyData['identity']) =>
    Object.fromEntries(rows.map((f) => [f.name, { value: f.value, source: f.source }]))
  const identity = fields(data.identity)
  return {
    format: FORMAT,
    exportedAt: now.toISOString(),
    controller: CONTROLLER.name,
    identity: {
      ...about('identity', days),
      verifiedAt: data.verifiedAt?.toISOString() ?? null,
      fields: {
        ...identity,
        nationalId: { value: data.nationalId, source: identity.nationalId?.source ?? 'bank' },
      },
    },
    contact: { ...about('contact', days), fields: fields(data.contact) },
    registrations: {
      ...about('registrations', days),
      records: data.registrations,
      ...lifeOf(life),
    },
    applications: { ...about('applications', days), records: data.applications },
    company: { ...about('company', days), records: data.companies },
    authority: { ...about('authority', days), records: data.grants },
    verifications: { ...about('verifications', days), records: data.verifications },
    acceptances: { ...about('acceptances', days), records: data.acceptances },
    access: {
      ...about('access', days),
      records: data.access.map((e) => ({
        occurredAt: e.occurredAt.toISOString(),
        officerRoles: e.roles,
        officerUnit: e.unit,
        action: e.action,
        refused: e.refused,
        reasonCode: e.reasonCode,
        reasonText: e.reasonText,
        reasonWithheld: e.reasonWithheld,
        reasonCleared: e.reasonCleared,
      })),
    },
    requests: {
      ...about('requests', days),
      records: data.requests.map((r) => ({
        reference: r.reference,
        kind: r.kind,
        details: r.textsCleared ? null : r.details,
        status: r.status,
        receivedAt: r.receivedAt.toISOString(),
        dueAt: r.dueAt.toISOString(),
        outcome: r.outcome,
        outcomeNote: r.textsCleared ? null : r.outcomeNote,
        decidedAt: r.decidedAt?.toISOString() ?? null,
      })),
    },
  }
}
