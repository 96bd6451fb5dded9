import { recordAudit } from '../../../platform/audit.js'
import { ConflictError } from '../../../platform/errors.js'
import {
  type BackOfficeDeps,
  countAdministrators,
  emailInUse,
  findOfficerByUsername,
  insertOfficer,
} from '../../officers/index.js'
import { enqueueEnrolmentMail, newEnrolment, type EnrolmentSent } from './enrolment.mail.js'

/**
 * Administrators the command line makes without --force: the first two. Every later one is
 * granted in the back office, where a second administrator approves it.
 */
export const BOOTSTRAP_ADMINISTRATORS = 2

/** Raised by the CLI when the first two administrators exist already. */
export class AdministratorExistsError extends Error {
  override name = 'AdministratorExistsError'
}

/** Who ran the command line, for the audit trail. */
export interface BreakGlassOperator {
  /** The operating-system account that ran the command, when it can be read. */
  osUser: string | null
  host: string | null
}

/** The result the CLI prints: where the link went (masked), and how many administrators now. */
export interface AdministratorCreated extends EnrolmentSent {
  administrators: number
}

/**
 * One administrator from the command line (npm run officer:create-admin), recorded as a
 * break-glass event: the actor is the CLI and the operating-system account that ran it. The
 * enrolment link goes to the given address through the outbox — the operator never sees it. Only
 * the first two are made this way (two separate runs); while only one is active, no sensitive
 * grant can complete. --force makes one more whatever exists (every administrator lost access),
 * and says so in the audit trail.
 */
export async function createAdministratorFromCli(
  deps: BackOfficeDeps,
  input: { username: string; displayName: string; unit: string; email: string },
  operator: BreakGlassOperator,
  opts: { force?: boolean } = {},
): Promise<AdministratorCreated> {
  const before = await countAdministrators(deps.db, 'not-disabled')
  if (!opts.force && before >= BOOTSTRAP_ADMINISTRATORS)
    throw new AdministratorExistsError(
      `${before} administrators exist already: a further one is granted in the back office and ` +
        'approved by a second administrator (--force only when every administrator has lost access)',
    )
  if (await findOfficerByUsername(deps.db, input.username))
    throw new ConflictError('username taken')
  if (await emailInUse(deps.db, input.email)) throw new ConflictError('e-mail address taken')
  const enrolment = newEnrolment()
  const sent = await deps.db.transaction().execute(async (trx) => {
    const officerId = await insertOfficer(trx, {
      ...input,
      roles: ['administrator'],
      createdBy: null,
      enrolmentTokenHash: enrolment.tokenHash,
      enrolmentExpiresAt: enrolment.expiresAt,
      emailConfirmedAt: new Date(),
    })
    await recordAudit(trx, {
      actorType: 'system',
      actorRole: 'cli',
      action: 'officer.break_glass_created',
      subjectType: 'officer',
      subjectId: officerId,
      data: {
        roles: ['administrator'],
        unit: input.unit,
        via: 'cli',
        osUser: operator.osUser,
        host: operator.host,
        force: opts.force === true,
        administratorsBefore: before,
      },
    })
    return enqueueEnrolmentMail(
      trx,
      deps.publicBaseUrl,
      { officerId, email: input.email, displayName: input.displayName, username: input.username },
      enrolment,
    )
  })
  return { ...sent, administrators: before + 1 }
}
