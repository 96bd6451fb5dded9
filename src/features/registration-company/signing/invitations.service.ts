import type { Kysely } from 'kysely'
import { recordAudit } from '../../../platform/audit.js'
import type { DB } from '../../../platform/db/schema.js'
import { isUniqueViolation } from '../../../platform/errors.js'
import { newId, randomToken } from '../../../platform/ids.js'
import { formatDateTime } from '../../../platform/time.js'
import { enqueueMail } from '../../mail/index.js'
import { directorName, readSnapshot } from '../../registry-dbd/index.js'
import {
  findSignedApplication,
  markSignersChosen,
  type CompanyApplicationRow,
} from '../company.repository.js'
import type { CompanyDeps } from '../deps.js'
import { furthest, PATHS } from '../journey.js'
import { recordStep } from '../record-step.js'
import { signingMessages } from './messages.js'
import type { SignerChoice } from './signer-choice.js'
import type { ChosenSigner } from './signer.schema.js'
import {
  findSigner,
  hashInviteToken,
  insertInvitedSigner,
  renewInvitation,
  withdrawInvitesOf,
  withdrawSigners,
} from './signer.repository.js'

/** How long an invited director's link works, and when the reminder goes. */
export const INVITE_TTL_MS = 72 * 3600_000
export const REMINDER_AFTER_MS = 24 * 3600_000
export const MAX_INVITES_PER_SIGNER = 5

async function mailInvite(
  trx: Kysely<DB>,
  deps: CompanyDeps,
  o: {
    app: Pick<CompanyApplicationRow, 'reference' | 'juristic_id' | 'locale' | 'kind'>
    company: string
    director: string
    email: string
    token: string
    expiresAt: Date
    reminder?: boolean
  },
): Promise<void> {
  const m = signingMessages(o.app.locale)
  const authority = o.app.kind === 'authority'
  await enqueueMail(trx, {
    to: o.email,
    subject: m(
      o.reminder
        ? 'mail.reminderSubject'
        : authority
          ? 'mail.authoritySubject'
          : 'mail.inviteSubject',
      { company: o.company },
    ),
    text: m(authority ? 'mail.authorityBody' : 'mail.inviteBody', {
      director: o.director,
      company: o.company,
      juristicId: o.app.juristic_id ?? '',
      reference: o.app.reference,
      time: formatDateTime(o.expiresAt, o.app.locale),
      link: `${deps.publicBaseUrl}${PATHS.sign(o.token)}`,
    }),
  })
}

/**
 * Saves the chosen directors and e-mails each a link valid 72 h. Choosing holds the company:
 * a second application for it is refused here (one open application per juristic ID, by a
 * unique index, so two directors starting at once get one application, not two).
 */
export async function saveSigners(
  deps: CompanyDeps,
  app: CompanyApplicationRow,
  choice: SignerChoice,
  chosen: ChosenSigner[],
  requestId: string,
): Promise<'saved' | 'in-progress'> {
  const now = new Date()
  try {
    await deps.db.transaction().execute(async (trx) => {
      await markSignersChosen(trx, app.id, {
        chosenAt: app.signers_chosen_at ?? now,
        step: furthest(app.step, 'contact'),
        now,
      })
      const keep = new Set<string>()
      for (const c of chosen) {
        const same = choice.signers.find(
          (s) =>
            !s.initiator &&
            s.director_index === c.directorIndex &&
            s.email === c.email &&
            (s.status === 'invited' || s.status === 'verified'),
        )
        if (same) {
          keep.add(same.id)
          continue
        }
        const director = choice.company.directors[c.directorIndex]
        if (!director) continue
        const id = newId()
        keep.add(id)
        const token = randomToken()
        const expiresAt = new Date(now.getTime() + INVITE_TTL_MS)
        await withdrawInvitesOf(trx, app.id, c.directorIndex)
        await insertInvitedSigner(trx, {
          id,
          application_id: app.id,
          director_index: c.directorIndex,
          director_name: directorName(director),
          director_id_hmac: director.id === '' ? null : deps.crypto.hmac(director.id).blob,
          email: c.email,
          invite_token_hash: hashInviteToken(token),
          invite_expires_at: expiresAt,
          invites_sent: 1,
        })
        await mailInvite(trx, deps, {
          app,
          company: choice.company.nameTh,
          director: directorName(director),
          email: c.email,
          token,
          expiresAt,
        })
      }
      // Directors no longer chosen are withdrawn; their links stop working.
      const drop = choice.signers.filter((s) => !s.initiator && !keep.has(s.id)).map((s) => s.id)
      if (drop.length > 0) await withdrawSigners(trx, { ids: drop })
      await recordStep(trx, app.id, 'signers', 'company.signers_chosen', requestId, {
        invited: chosen.map((c) => c.directorIndex),
      })
    })
  } catch (err) {
    if (isUniqueViolation(err)) return 'in-progress'
    throw err
  }
  return 'saved'
}

/**
 * A new link for an invited director whose link expired or was lost (limited per director).
 * A reminder keeps the first link's expiry; every new link replaces the one before.
 */
export async function resendInvite(
  deps: CompanyDeps,
  signerId: string,
  requestId: string | null,
  opts: { reminder?: boolean; now?: Date } = {},
): Promise<'sent' | 'limit' | 'closed'> {
  const now = opts.now ?? new Date()
  return deps.db.transaction().execute(async (trx) => {
    const s = await findSigner(trx, signerId)
    const app = s ? await findSignedApplication(trx, s.application_id) : undefined
    if (
      !s ||
      !app ||
      s.initiator ||
      !s.email ||
      s.director_index === null ||
      !['invited', 'expired'].includes(s.status) ||
      !['draft', 'submitted'].includes(app.status)
    )
      return 'closed'
    if (s.invites_sent >= MAX_INVITES_PER_SIGNER) return 'limit'
    const token = randomToken()
    const expiresAt =
      opts.reminder && s.invite_expires_at
        ? s.invite_expires_at
        : new Date(now.getTime() + INVITE_TTL_MS)
    await renewInvitation(trx, s.id, {
      tokenHash: hashInviteToken(token),
      expiresAt,
      remindedAt: opts.reminder ? now : null,
    })
    const snap = app.dbd_snapshot_id
      ? await readSnapshot(trx, deps.crypto, app.dbd_snapshot_id)
      : undefined
    await mailInvite(trx, deps, {
      app,
      company: snap?.company.nameTh ?? app.juristic_id ?? '',
      director: s.director_name ?? '',
      email: s.email,
      token,
      expiresAt,
      reminder: opts.reminder,
    })
    await recordAudit(trx, {
      actorType: opts.reminder ? 'system' : 'anonymous',
      action: opts.reminder ? 'company.invite_reminded' : 'company.invite_resent',
      subjectType: 'application',
      subjectId: app.id,
      requestId,
      data: { signerId: s.id },
    })
    return 'sent'
  })
}
