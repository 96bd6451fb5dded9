import type { Kysely } from 'kysely'
import { recordAudit } from '../../../platform/audit.js'
import type { DB, RuleResult } from '../../../platform/db/schema.js'
import { newId, shortReference } from '../../../platform/ids.js'
import type { PiiCrypto } from '../../../platform/pii-crypto.js'
import { maskThaiId } from '../../../platform/thai-id.js'
import { formatDateTime, type Locale } from '../../../platform/time.js'
import { enqueueMail } from '../../mail/index.js'
import {
  ruleLabelFor,
  signReceipt,
  storeReceipt,
  type ReceiptSigner,
} from '../../receipts/index.js'
import type { Registry } from '../../registry-dbd/index.js'
import type { Owner } from '../contact/access.js'
import { refreshMessages, type RefreshMessage } from './messages.js'
import type { Refreshed } from './refresh.rules.js'
import { insertRefresh, suspend } from './refresh.repository.js'

export interface RefreshDeps {
  db: Kysely<DB>
  crypto: PiiCrypto
  signer: ReceiptSigner
  registry: Registry
  /** The lowest identity assurance level the rules accept (the bank's IAL). */
  minimumIal: number
}

export interface RefreshDecision {
  id: string
  reference: string
  outcome: 'approved' | 'refused'
  results: RuleResult[]
  receiptId: string
  suspended: boolean
}

/** What a registrant can do about each failed rule, in a language. */
export function todoFor(locale: Locale, r: RuleResult): string {
  const m = refreshMessages(locale)
  const key = `todo.${r.rule}` as RefreshMessage
  const raw = typeof r.facts.status === 'string' ? r.facts.status : '—'
  const status = raw === 'closed' || raw === 'bankrupt' ? m(`dbdStatus.${raw}`) : raw
  return m(key, { status })
}

function mailText(
  locale: Locale,
  d: { source: 'bank' | 'dbd'; outcome: 'approved' | 'refused'; failed: RuleResult[]; url: string },
): string {
  const m = refreshMessages(locale)
  const label = ruleLabelFor(locale)
  const p = {
    from: m(`from.${d.source}`),
    time: formatDateTime(new Date(), locale),
    url: d.url,
    rules: d.failed.map((r) => label(r.rule)).join('; '),
    todo: d.failed.map((r) => todoFor(locale, r)).join(' '),
  }
  return m(d.outcome === 'approved' ? 'mail.approved' : 'mail.refused', p)
}

/**
 * Records a refresh decision: its row (linking the new snapshot to the registration), its
 * signed receipt, the suspension a refusal makes (ADR 23) with its status line, the e-mail and
 * the audit event — in one transaction, so that none exists without the others.
 */
export async function recordRefresh(
  deps: RefreshDeps,
  owner: Owner,
  d: {
    source: 'bank' | 'dbd'
    ruleSet: { id: string; version: string }
    decided: Refreshed
    profileId?: string
    verificationId?: string
    dbdSnapshotId?: string
  },
  requestId: string,
): Promise<RefreshDecision> {
  const r = owner.registration
  const id = newId()
  const reference = shortReference()
  const decidedAt = new Date()
  const { outcome, results } = d.decided
  const signed = await signReceipt(deps.signer, {
    decisionId: id,
    applicationReference: reference,
    outcome,
    registrantType: r.registrant_type,
    maskedNumber: maskThaiId(owner.number),
    ruleSet: d.ruleSet,
    checks: results.map((c) => ({ rule: c.rule, passed: c.passed })),
    decidedAt: decidedAt.toISOString(),
    action: 'refresh',
    kind: r.kind,
  })
  const failed = results.filter((c) => !c.passed)
  const suspended = await deps.db.transaction().execute(async (trx) => {
    const historyId =
      outcome === 'refused'
        ? await suspend(
            trx,
            r.id,
            `refresh.refused (${d.source}): ${failed.map((c) => c.rule).join(', ')} — ${reference}`,
          )
        : null
    await insertRefresh(trx, {
      id,
      registrationId: r.id,
      reference,
      source: d.source,
      profileId: d.profileId ?? null,
      verificationId: d.verificationId ?? null,
      dbdSnapshotId: d.dbdSnapshotId ?? null,
      ruleSet: d.ruleSet,
      outcome,
      results,
      receiptId: signed.receiptId,
      statusHistoryId: historyId,
      requestedBy: owner.personId,
      decidedAt,
    })
    await storeReceipt(trx, deps.signer, id, signed)
    const text = { source: d.source, outcome, failed, url: signed.url }
    await enqueueMail(trx, {
      to: r.email,
      subject: refreshMessages('th')(`mail.subject.${outcome}`),
      text: `${mailText('th', text)}\n\n${mailText('en', text)}`,
    })
    await recordAudit(trx, {
      actorType: 'registrant',
      actorId: owner.personId,
      action: outcome === 'approved' ? 'lifecycle.refreshed' : 'lifecycle.refresh_refused_by_rules',
      subjectType: 'registration',
      subjectId: r.id,
      outcome: outcome === 'approved' ? 'ok' : 'refused',
      requestId,
      data: {
        refreshId: id,
        source: d.source,
        failedRules: failed.map((c) => c.rule),
        suspended: historyId !== null,
        as: owner.as,
      },
    })
    return historyId !== null
  })
  return { id, reference, outcome, results, receiptId: signed.receiptId, suspended }
}
