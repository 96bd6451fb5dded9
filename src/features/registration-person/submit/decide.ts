import { executeAsOne } from '../../../platform/db/one-statement.js'
import { isUniqueViolation, NotReadyError } from '../../../platform/errors.js'
import { newId } from '../../../platform/ids.js'
import { checkThaiId, maskThaiId } from '../../../platform/thai-id.js'
import { checkMail, type MailMessage } from '../../mail/index.js'
import { signReceipt, type SignedReceipt } from '../../receipts/index.js'
import { findDecision } from '../application.repository.js'
import { personMessages } from '../messages.js'
import { decidePerson, PERSON_RULE_SET, type Decision, type PersonFacts } from '../person.rules.js'
import { readSubmitFactsOf, type SubmitFacts } from './submit.repository.js'
import type { Decided, Submit, SubmitDeps, Submittable } from './types.js'
import { decisionWrites } from './writes.js'

/** The rule facts from the submit's one read; throws when the application is not ready. */
function toRuleFacts(deps: SubmitDeps, f: SubmitFacts): { facts: PersonFacts; nationalId: string } {
  if (!f.national_id_enc || !f.national_id_enc_key_id || !f.person_id || !f.verification_id)
    throw new NotReadyError('not verified')
  if (f.v_status !== 'verified' || f.v_person_id !== f.person_id)
    throw new NotReadyError('verification missing')
  const nationalId = deps.crypto.decrypt({
    keyId: f.national_id_enc_key_id,
    blob: f.national_id_enc,
  })
  return {
    nationalId,
    facts: {
      typedIdValid: checkThaiId(nationalId).ok,
      verifiedIdMatches:
        f.person_hmac !== null &&
        f.national_id_hmac !== null &&
        Buffer.from(f.person_hmac).equals(Buffer.from(f.national_id_hmac)),
      nationality: f.nationality,
      hasLiveRegistration: f.live_registration,
      hasOtherOpenApplication: f.other_submitted,
      acr: f.acr,
      ial: f.ial === null ? null : Number(f.ial),
      minimumIal: deps.idp.minimumIal,
      emailConfirmed: f.email_confirmed_at !== null,
    },
  }
}

/** Throws NotReadyError unless the application stands at its check step with this form's key. */
function checkSubmittable(f: SubmitFacts, submitKey: string): asserts f is Submittable {
  if (f.status !== 'draft') throw new NotReadyError(`application is ${f.status}`)
  if (
    f.step !== 'check' ||
    f.submit_key !== submitKey ||
    !f.email ||
    !f.mobile ||
    !f.email_confirmed_at
  )
    throw new NotReadyError('not at the check step')
}

async function decide(deps: SubmitDeps, item: Submit, f: Submittable, now: Date): Promise<Decided> {
  const { facts, nationalId } = toRuleFacts(deps, f)
  const decision = decidePerson(facts)
  const decisionId = newId()
  const receipt = await signReceipt(deps.signer, {
    decisionId,
    applicationReference: f.reference,
    outcome: decision.outcome,
    registrantType: 'person',
    maskedNumber: maskThaiId(nationalId),
    ruleSet: { id: PERSON_RULE_SET.id, version: PERSON_RULE_SET.version },
    checks: decision.results.map((r) => ({ rule: r.rule, passed: r.passed })),
    decidedAt: now.toISOString(),
  })
  // Checked here, so that a mail that cannot be sent fails its own submit, not the batch.
  const mail = checkMail(resultMail(f, nationalId, decision, receipt))
  return { item, f, nationalId, decision, decisionId, receipt, mail }
}

/**
 * Decides a batch of submits: settles every one of them. A submit of an application (or a
 * person) already being decided in this batch waits for the next round, which reads again and
 * so sees the first decision.
 */
export async function decideBatch(deps: SubmitDeps, items: Submit[]): Promise<void> {
  let facts: Map<string, SubmitFacts>
  try {
    const ids = [...new Set(items.map((i) => i.input.applicationId))]
    facts = new Map((await readSubmitFactsOf(deps.db, ids)).map((f) => [f.id, f]))
  } catch (err) {
    for (const item of items) item.reject(err)
    return
  }
  const now = new Date()
  const taken = new Set<string>()
  const later: Submit[] = []
  const deciding: Promise<Decided | undefined>[] = []
  for (const item of items) {
    const f = facts.get(item.input.applicationId)
    try {
      if (!f) throw new NotReadyError('no application')
      if (f.decision_id && f.decision_outcome) {
        item.resolve({ decisionId: f.decision_id, outcome: f.decision_outcome })
        continue
      }
      checkSubmittable(f, item.input.submitKey)
      if (taken.has(f.id) || (f.person_id !== null && taken.has(f.person_id))) {
        later.push(item)
        continue
      }
      taken.add(f.id)
      if (f.person_id !== null) taken.add(f.person_id)
      deciding.push(
        decide(deps, item, f, now).catch((err: unknown) => {
          item.reject(err)
          return undefined
        }),
      )
    } catch (err) {
      item.reject(err)
    }
  }
  const decided = (await Promise.all(deciding)).filter((d) => d !== undefined)
  if (decided.length > 0) await commitBatch(deps, decided, now)
  if (later.length > 0) await decideBatch(deps, later)
}

/** Writes a batch's decisions in one statement, then answers each submit. */
async function commitBatch(deps: SubmitDeps, decided: Decided[], now: Date): Promise<void> {
  try {
    await executeAsOne(deps.db, decisionWrites(deps, decided, now))
  } catch (err) {
    if (isUniqueViolation(err)) {
      // Decided elsewhere in the meantime (another instance, another tab): settle each on its
      // own, so that one such submit does not fail the others.
      if (decided.length > 1) {
        for (const d of decided) await decideBatch(deps, [d.item])
        return
      }
      const only = decided[0] as Decided
      const won = await findDecision(deps.db, only.f.id).catch(() => undefined)
      if (won) {
        only.item.resolve({ decisionId: won.id, outcome: won.outcome })
        return
      }
    }
    for (const d of decided) d.item.reject(err)
    return
  }
  for (const d of decided) d.item.resolve({ decisionId: d.decisionId, outcome: d.decision.outcome })
}

/** The result e-mail, in the applicant's language, with the receipt's link. */
function resultMail(
  f: Submittable,
  nationalId: string,
  decision: Decision,
  receipt: SignedReceipt,
): MailMessage {
  const approved = decision.outcome === 'approved'
  const m = personMessages(f.locale)
  return {
    to: f.email,
    subject: m(approved ? 'mail.resultSubjectApproved' : 'mail.resultSubjectRefused'),
    text: m('mail.resultBody', {
      reference: f.reference,
      outcome: personMessages('th')(approved ? 'outcome.approved' : 'outcome.refused'),
      outcomeEn: personMessages('en')(approved ? 'outcome.approved' : 'outcome.refused'),
      number: maskThaiId(nationalId),
      link: receipt.url,
    }),
  }
}
