import { createHash, randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import type { SurveyChannel, SurveyJourneyKind } from '../../platform/db/schema/survey.js'
import { newId } from '../../platform/ids.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import { addBusinessDays, businessDate, type Locale } from '../../platform/time.js'
import { enqueueMail } from '../mail/index.js'
import { INVITATION_DAYS } from './invitation-days.js'
import { invitationMail } from './mail.js'
import { SURVEY_PATHS } from './paths.js'
import { monthOf } from './periods.js'
import {
  insertInvitation,
  invitationByToken,
  invitationOfJourney,
  journeyEvents,
  stepMedians,
} from './invitations.repository.js'
import { struggledStep } from './struggle.js'

/** What inviting needs of the app: the keyed hash behind the links, and the portal's address. */
export interface SurveyDeps {
  crypto: PiiCrypto
  publicBaseUrl: string
}

/**
 * The link's token: a keyed hash of the invitation's id, so that the done page can show the
 * link again without the token being stored; only the token's SHA-256 is kept.
 */
export function tokenOf(crypto: PiiCrypto, invitationId: string): string {
  return crypto.hmac(`survey-invitation:${invitationId}`).blob.toString('base64url')
}

/** The SHA-256 of a link's token, as the invitation keeps it. */
export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest()
}

const REGISTRATION_KINDS = new Set<SurveyJourneyKind>(['person', 'company'])

const mediansCache = new Map<
  string,
  { at: number; medians: Map<string, { medianMs: number; sample: number }> }
>()

async function mediansOf(db: Kysely<DB>, kind: string, now: Date) {
  const hit = mediansCache.get(kind)
  // Medians move slowly; an hour-old median is as good as a fresh one and spares the events.
  if (hit && now.getTime() - hit.at < 3_600_000) return hit.medians
  const rows = await stepMedians(db, kind, addBusinessDays(businessDate(now), -30))
  const medians = new Map(rows.map((r) => [r.step, { medianMs: r.medianMs, sample: r.sample }]))
  mediansCache.set(kind, { at: now.getTime(), medians })
  return medians
}

/**
 * A finished journey to invite: who to write to, and in which language. journeyId is the
 * registration journey's id, the help-desk ticket's or the reactivation's status-history row's.
 */
export interface FinishedJourney {
  journeyId: string
  kind: SurveyJourneyKind
  channel: SurveyChannel
  email: string | null
  locale: Locale
  /** When the journey finished (its month is the response's month). */
  at?: Date
}

/**
 * Invites a finished journey to the survey, once: the invitation (with the step the journey
 * struggled on, if any) and, when it is new, the e-mail with the link, in one transaction.
 * Returns the link's path while the invitation is open, else null (answered or expired).
 */
export async function inviteToSurvey(
  db: Kysely<DB>,
  deps: SurveyDeps,
  journey: FinishedJourney,
): Promise<{ path: string } | null> {
  const run = async (trx: Kysely<DB>) => {
    const now = journey.at ?? new Date()
    const existing = await invitationOfJourney(trx, journey.journeyId)
    if (existing) {
      if (existing.used_at || existing.expires_at <= new Date()) return null
      return { path: SURVEY_PATHS.answer(tokenOf(deps.crypto, existing.id)) }
    }
    // Only an online registration journey has steps to struggle on.
    const struggle =
      journey.channel === 'counter' || !REGISTRATION_KINDS.has(journey.kind)
        ? null
        : struggledStep(
            (await journeyEvents(trx, journey.journeyId)).map((e) => ({
              ...e,
              at: new Date(e.at),
            })),
            await mediansOf(trx, journey.kind, now),
          )
    const id = newId()
    const token = tokenOf(deps.crypto, id)
    const inserted = await insertInvitation(trx, {
      id,
      journeyId: journey.journeyId,
      tokenHash: tokenHash(token),
      kind: journey.kind,
      channel: journey.channel,
      struggledStep: struggle?.step ?? null,
      month: monthOf(now),
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
    })
    if (!inserted) return null
    if (journey.email)
      await enqueueMail(
        trx,
        invitationMail(
          journey.email,
          journey.locale,
          `${deps.publicBaseUrl}${SURVEY_PATHS.answer(token)}`,
          journey.kind,
        ),
      )
    return { path: SURVEY_PATHS.answer(token) }
  }
  return db.isTransaction ? run(db) : db.transaction().execute(run)
}

/** Where a link stands: open (with what the response will keep), used, expired or unknown. */
export type InvitationState =
  | { state: 'open'; struggledStep: string | null; kind: SurveyJourneyKind }
  | { state: 'used' | 'expired' | 'unknown' }

/** The state of the invitation a link's token opens. */
export async function invitationState(
  db: Kysely<DB>,
  token: string,
  now = new Date(),
): Promise<InvitationState> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { state: 'unknown' }
  const inv = await invitationByToken(db, tokenHash(token))
  if (!inv) return { state: 'unknown' }
  if (inv.used_at) return { state: 'used' }
  if (inv.expires_at <= now) return { state: 'expired' }
  return { state: 'open', struggledStep: inv.struggled_step, kind: inv.journey_kind }
}

/** A random response id (v4): nothing in it orders responses in time. */
export function responseId(): string {
  return randomUUID()
}

/** Audits a link's use: the invitation's id only, never the response's. */
export async function auditInvitationUse(
  trx: Kysely<DB>,
  invitationId: string,
  requestId: string | null,
): Promise<void> {
  await recordAudit(trx, {
    actorType: 'anonymous',
    action: 'survey.invitation_used',
    subjectType: 'survey_invitation',
    subjectId: invitationId,
    requestId,
  })
}
