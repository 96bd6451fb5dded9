import { once } from 'node:events'
import type { Readable } from 'node:stream'
import { stringify } from 'csv-stringify'
import { recordAudit } from '../../../platform/audit.js'
import {
  listPublishedCheckpoints,
  verifyAuditTrail,
  type PublishedCheckpoint,
  type TrustedKeys,
  type VerifyReport,
} from '../../audit-trail/index.js'
import {
  authorise,
  type BackOfficeDeps,
  type OfficerAuth,
  roleLabel,
} from '../../officers/index.js'
import { findAuditEvents, type AuditEventRow } from './auditor.repository.js'
import { describeFilter, type AuditFilter, type AuditQuery } from './auditor.schema.js'

export const EVENTS_PAGE_SIZE = 50
/** An export holds at most this many events; narrower filters export the rest. */
export const EXPORT_MAX = 100_000
const EXPORT_BATCH = 1_000

function actor(auth: OfficerAuth) {
  return {
    actorType: 'officer' as const,
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    requestId: auth.requestId,
  }
}

export interface EventsPage {
  items: AuditEventRow[]
  /** The seq to ask for older events, when there are any. */
  olderBefore: string | null
}

/** One page of matching events, newest first; the viewing itself is audited. */
export async function searchAuditEvents(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  query: AuditQuery,
): Promise<EventsPage> {
  await authorise(deps.db, auth, 'audit.events', 'audit.events')
  const rows = await findAuditEvents(deps.db, query.filter, {
    ...(query.before ? { before: query.before } : {}),
    limit: EVENTS_PAGE_SIZE + 1,
  })
  const items = rows.slice(0, EVENTS_PAGE_SIZE)
  await recordAudit(deps.db, {
    ...actor(auth),
    action: 'audit.events_viewed',
    data: {
      filter: describeFilter(query.filter),
      ...(query.before ? { before: query.before } : {}),
      shown: items.length,
    },
    details: { ip: auth.ip },
  })
  const last = items[items.length - 1]
  return { items, olderBefore: rows.length > EVENTS_PAGE_SIZE && last ? last.seq : null }
}

/** The export's columns: the chained columns of each event, then the recorded reason. */
export const CSV_COLUMNS = [
  'seq',
  'occurred_at',
  'actor_type',
  'actor_id',
  'actor_role',
  'action',
  'subject_type',
  'subject_id',
  'outcome',
  'request_id',
  'data',
  'reason',
] as const

function csvRecord(e: AuditEventRow): string[] {
  return [
    e.seq,
    e.occurred_at.toISOString(),
    e.actor_type,
    e.actor_id ?? '',
    e.actor_role ?? '',
    e.action,
    e.subject_type ?? '',
    e.subject_id ?? '',
    e.outcome,
    e.request_id ?? '',
    JSON.stringify(e.data),
    e.reason ?? '',
  ]
}

/**
 * A CSV writer for audit events: RFC 4180 quoting, a BOM so that spreadsheets read Thai as
 * UTF-8, and every cell that begins with = + - @ (or a tab or carriage return) prefixed with
 * ' so that a spreadsheet shows it as text instead of running it as a formula.
 */
export function auditCsvWriter() {
  return stringify({
    header: true,
    columns: [...CSV_COLUMNS],
    bom: true,
    escape_formulas: true,
    record_delimiter: 'windows',
  })
}

/**
 * Every matching event (up to EXPORT_MAX), newest first, as a CSV stream read in batches.
 * The export is audited before the first byte leaves.
 */
export async function exportAuditEvents(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  filter: AuditFilter,
  onError: (err: unknown) => void,
): Promise<Readable> {
  await authorise(deps.db, auth, 'audit.events', 'audit.export')
  await recordAudit(deps.db, {
    ...actor(auth),
    action: 'audit.events_exported',
    data: { filter: describeFilter(filter), max: EXPORT_MAX },
    details: { ip: auth.ip },
  })
  const csv = auditCsvWriter()
  const pump = async () => {
    let before: string | undefined
    let written = 0
    while (written < EXPORT_MAX) {
      const rows = await findAuditEvents(deps.db, filter, {
        ...(before ? { before } : {}),
        limit: Math.min(EXPORT_BATCH, EXPORT_MAX - written),
      })
      for (const row of rows) {
        if (!csv.write(csvRecord(row))) await once(csv, 'drain')
      }
      written += rows.length
      const last = rows[rows.length - 1]
      if (!last || rows.length < EXPORT_BATCH) break
      before = last.seq
    }
    csv.end()
  }
  pump().catch((err: unknown) => {
    onError(err)
    csv.destroy(err instanceof Error ? err : new Error(String(err)))
  })
  return csv
}

export interface VerificationView {
  /** Absent until the auditor runs it. */
  report: VerifyReport | null
  heads: PublishedCheckpoint[]
}

/** The latest published heads (public data anyway). */
export async function latestHeads(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
): Promise<PublishedCheckpoint[]> {
  await authorise(deps.db, auth, 'audit.verify', 'audit.verify')
  return listPublishedCheckpoints(deps.db, { limit: 5 })
}

/**
 * Runs the full verification with the configured keys only (never keys from the database),
 * then records who ran it and what it found.
 */
export async function verifyTrail(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  trustedKeys: TrustedKeys,
): Promise<VerificationView> {
  await authorise(deps.db, auth, 'audit.verify', 'audit.verify')
  const report = await verifyAuditTrail(deps.db, { trustedKeys, maxFindings: 50 })
  const heads = await listPublishedCheckpoints(deps.db, { limit: 5 })
  await recordAudit(deps.db, {
    ...actor(auth),
    action: 'audit.trail_verified',
    outcome: report.ok ? 'ok' : 'failed',
    data: {
      ok: report.ok,
      checkpoints: report.checkpoints,
      eventsChecked: report.eventsChecked,
      sealedThrough: report.sealedThrough,
      counts: report.counts,
    },
    details: { ip: auth.ip },
  })
  return { report, heads }
}
