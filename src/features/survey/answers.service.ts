import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { insertResponse, useInvitation } from './invitations.repository.js'
import {
  auditInvitationUse,
  invitationState,
  responseId,
  tokenHash,
} from './invitations.service.js'
import { screenComment } from './screen.js'

/** A respondent's answers to one version: level 1–5 or null ("no opinion") per question. */
export interface SurveyAnswer {
  version: number
  answers: { question: string; level: number | null }[]
  comment: string | null
}

/** What happened to an answer: stored, or refused because the link was used, expired or unknown. */
export type AnswerOutcome = 'stored' | 'used' | 'expired' | 'unknown'

/**
 * Stores an answer through its link, once. In one transaction: the invitation is marked used
 * (only if still unused and current — of two answers sent at once, one finds it used), the
 * response is stored with its invitation's month, journey type, channel and struggled step but
 * no link back (a random id, no time), the comment screened, and the use audited.
 */
export async function answerSurvey(
  db: Kysely<DB>,
  token: string,
  answer: SurveyAnswer,
  requestId: string | null,
  now = new Date(),
): Promise<AnswerOutcome> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return 'unknown'
  const stored = await db.transaction().execute(async (trx) => {
    const inv = await useInvitation(trx, tokenHash(token), now)
    if (!inv) return false
    await insertResponse(trx, {
      id: responseId(),
      month: inv.month,
      kind: inv.journey_kind,
      channel: inv.channel,
      struggledStep: inv.struggled_step,
      version: answer.version,
      comment: answer.comment ? screenComment(answer.comment).text : null,
      answers: answer.answers,
    })
    await auditInvitationUse(trx, inv.id, requestId)
    return true
  })
  if (stored) return 'stored'
  const state = await invitationState(db, token, now)
  return state.state === 'open' ? 'used' : state.state
}
