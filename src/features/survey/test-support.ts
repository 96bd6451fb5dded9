import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import { createPiiCrypto } from '../../platform/pii-crypto.js'
import { answerSurvey } from './answers.service.js'
import type { Level } from './figures.js'
import { inviteToSurvey, type SurveyDeps } from './invitations.service.js'

/** Survey deps with keys of their own (tests). */
export function testSurveyDeps(): SurveyDeps {
  return {
    crypto: createPiiCrypto({
      encryption: { keyId: 't1', value: randomBytes(32) },
      hmac: { keyId: 't1', value: randomBytes(32) },
    }),
    publicBaseUrl: 'http://portal.test',
  }
}

/**
 * Invites `answers.length` finished journeys at `at` and answers each through its link with the
 * given levels (null: no opinion) for the questions in order — the records a month's figures
 * are computed from.
 */
export async function answerMany(
  db: Kysely<DB>,
  deps: SurveyDeps,
  at: Date,
  questions: readonly string[],
  answers: readonly (readonly (Level | null)[])[],
): Promise<void> {
  for (const levels of answers) {
    const link = await inviteToSurvey(db, deps, {
      journeyId: newId(),
      kind: 'person',
      channel: 'online',
      email: null,
      locale: 'th',
      at,
    })
    if (!link) throw new Error('no invitation')
    const token = link.path.split('/').pop() as string
    const outcome = await answerSurvey(
      db,
      token,
      {
        version: 1,
        answers: questions.map((question, i) => ({ question, level: levels[i] ?? null })),
        comment: null,
      },
      null,
      at,
    )
    if (outcome !== 'stored') throw new Error(`answer ${outcome}`)
  }
}
