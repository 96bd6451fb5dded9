import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB, VerificationFailure } from '../../platform/db/schema.js'
import { formText } from '../../platform/form.js'
import { newId, randomToken, shortReference } from '../../platform/ids.js'
import {
  businessDate,
  formatDate,
  formatDateTime,
  parseDateInput,
  type Locale,
} from '../../platform/time.js'
import { checkThaiId } from '../../platform/thai-id.js'
import {
  latestProfile,
  nationalIdOf,
  startVerification,
  type VerifiedContext,
} from '../identity/index.js'
import { enqueueMail } from '../mail/index.js'
import {
  directorKey,
  directorName,
  lookupWithSnapshot,
  matchDirector,
  parseSigningClause,
  readSnapshot,
  satisfies,
  type JuristicPerson,
} from '../registry-dbd/index.js'
import {
  companyRegistered,
  findSignedApplication,
  listSigners,
  type CompanyDeps,
} from '../registration-company/index.js'
import { emailSchema } from '../contact/index.js'
import { authorityMessages, type AuthorityMessage } from './messages.js'
import { GRANTABLE_SCOPES, isGrantable, type Scope } from './scopes.js'

export const ACCEPT_TTL_MS = 72 * 3600_000

export const AUTHORITY_PATHS = {
  actFor: '/account/company',
  company: '/account/company/view',
  leave: '/account/company/leave',
  newGrant: '/account/company/grants/new',
  grantSigners: (id: string) => `/account/company/grants/${id}/signers`,
  revoke: (id: string) => `/account/company/grants/${id}/revoke`,
  mine: '/account/authority',
  accept: (token: string) => `/authority/accept/${token}`,
  accepting: '/authority/accept',
}

function hashToken(token: string): Buffer {
  return createHash('sha256').update(`authority-accept:${token}`).digest()
}

/** The person who is acting for a company in this session, as checked at sign-in. */
export interface Acting {
  juristicPersonId: string
  juristicId: string
  companyName: string
  role: 'director' | 'grantee'
  scopes: Scope[]
  checkedAt: string
}

/** Who the signed-in person is to the bank: their national ID and Thai name. */
async function personIdentity(deps: CompanyDeps, personId: string) {
  const profile = await latestProfile(deps.db, personId)
  const nationalId = await nationalIdOf(deps.db, deps.crypto, personId)
  return {
    nationalId,
    firstNameTh: profile?.first_name_th ?? '',
    middleNameTh: profile?.middle_name_th ?? null,
    lastNameTh: profile?.last_name_th ?? '',
  }
}

/** Grants in force for a person and a company today, with their scopes. */
async function grantsInForce(db: Kysely<DB>, juristicPersonId: string, personId: string) {
  const today = businessDate(new Date())
  return db
    .selectFrom('authority_grants')
    .select(['id', 'scopes'])
    .where('juristic_person_id', '=', juristicPersonId)
    .where('grantee_person_id', '=', personId)
    .where('status', '=', 'active')
    .where('valid_from', '<=', today)
    .where('valid_until', '>=', today)
    .execute()
}

export type ActForResult =
  { status: 'ok'; acting: Acting } | { status: 'not_registered' | 'refused' | 'unavailable' }

/**
 * Signing in for a company: its current DBD directors (asked again now, never from memory)
 * and the holders of authority in force, within their scopes. Anyone else is refused, audited.
 */
export async function actFor(
  deps: CompanyDeps,
  personId: string,
  juristicId: string,
  requestId: string,
): Promise<ActForResult> {
  const jp = await deps.db
    .selectFrom('juristic_persons')
    .select('id')
    .where('juristic_id', '=', juristicId)
    .executeTakeFirst()
  if (!jp || !(await companyRegistered(deps.db, juristicId))) return { status: 'not_registered' }
  const lookup = await lookupWithSnapshot(deps, juristicId)
  if (lookup.status === 'unavailable') return { status: 'unavailable' }
  const company = lookup.status === 'found' ? lookup.company : undefined
  const me = await personIdentity(deps, personId)
  const match = company ? matchDirector(company.directors, me) : undefined
  let acting: Acting | undefined
  if (company && match)
    acting = {
      juristicPersonId: jp.id,
      juristicId,
      companyName: company.nameTh,
      role: 'director',
      scopes: [...GRANTABLE_SCOPES],
      checkedAt: new Date().toISOString(),
    }
  else {
    const grants = await grantsInForce(deps.db, jp.id, personId)
    const scopes = [...new Set(grants.flatMap((g) => g.scopes).filter(isGrantable))]
    if (grants.length > 0 && scopes.length > 0)
      acting = {
        juristicPersonId: jp.id,
        juristicId,
        companyName: company?.nameTh ?? juristicId,
        role: 'grantee',
        scopes,
        checkedAt: new Date().toISOString(),
      }
  }
  await recordAudit(deps.db, {
    actorType: 'registrant',
    actorId: personId,
    action: acting ? 'company.acting' : 'company.acting_refused',
    subjectType: 'juristic_person',
    subjectId: jp.id,
    outcome: acting ? 'ok' : 'refused',
    requestId,
    data: acting
      ? { role: acting.role, scopes: acting.scopes, dbdSnapshotId: lookup.snapshotId }
      : { dbdSnapshotId: lookup.snapshotId },
  })
  return acting ? { status: 'ok', acting } : { status: 'refused' }
}

export interface GrantView {
  id: string
  reference: string
  status: 'awaiting_directors' | 'awaiting_grantee' | 'active' | 'revoked' | 'refused'
  grantee: string
  scopes: string[]
  validFrom: string
  validUntil: string
  companyName?: string
  juristicId?: string
  mine: boolean
}

/** A grantee shown by masked ID until they accept, then by the name the bank gave. */
function granteeLabel(
  deps: CompanyDeps,
  g: { grantee_id_enc: Buffer; grantee_id_key_id: string },
  name: string | null,
): string {
  const id = deps.crypto.decrypt({ keyId: g.grantee_id_key_id, blob: g.grantee_id_enc })
  const masked = `x-xxxx-xxxxx-${id.slice(10, 12)}-${id.slice(12)}`
  return name ? `${name} (${masked})` : masked
}

/** The grants of a company, newest first (its page; directors and grantees acting for it). */
export async function companyGrants(
  deps: CompanyDeps,
  juristicPersonId: string,
  personId: string,
): Promise<GrantView[]> {
  const rows = await deps.db
    .selectFrom('authority_grants as g')
    .innerJoin('applications as a', 'a.id', 'g.application_id')
    .leftJoin('person_profiles as pp', (join) =>
      join.onRef('pp.person_id', '=', 'g.grantee_person_id'),
    )
    .select([
      'g.id',
      'a.reference',
      'g.status',
      'g.grantee_id_enc',
      'g.grantee_id_key_id',
      'g.grantee_person_id',
      'g.scopes',
      'g.valid_from',
      'g.valid_until',
      'pp.title_th',
      'pp.first_name_th',
      'pp.last_name_th',
    ])
    .where('g.juristic_person_id', '=', juristicPersonId)
    .orderBy('g.created_at', 'desc')
    .execute()
  const seen = new Set<string>()
  return rows.flatMap((r) => {
    if (seen.has(r.id)) return []
    seen.add(r.id)
    const name = r.first_name_th
      ? `${r.title_th ?? ''}${r.first_name_th} ${r.last_name_th ?? ''}`
      : null
    return [
      {
        id: r.id,
        reference: r.reference,
        status: r.status,
        grantee: granteeLabel(deps, r, name),
        scopes: r.scopes,
        validFrom: r.valid_from,
        validUntil: r.valid_until,
        mine: r.grantee_person_id === personId,
      },
    ]
  })
}

/** The grants a person holds or has been offered, on their own page. */
export async function grantsHeld(deps: CompanyDeps, personId: string): Promise<GrantView[]> {
  const rows = await deps.db
    .selectFrom('authority_grants as g')
    .innerJoin('applications as a', 'a.id', 'g.application_id')
    .innerJoin('juristic_persons as j', 'j.id', 'g.juristic_person_id')
    .select([
      'g.id',
      'a.reference',
      'a.dbd_snapshot_id',
      'g.status',
      'g.grantee_id_enc',
      'g.grantee_id_key_id',
      'g.scopes',
      'g.valid_from',
      'g.valid_until',
      'j.juristic_id',
    ])
    .where('g.grantee_person_id', '=', personId)
    .orderBy('g.created_at', 'desc')
    .execute()
  const views: GrantView[] = []
  for (const r of rows) {
    const snap = r.dbd_snapshot_id
      ? await readSnapshot(deps.db, deps.crypto, r.dbd_snapshot_id)
      : undefined
    views.push({
      id: r.id,
      reference: r.reference,
      status: r.status,
      grantee: granteeLabel(deps, r, null),
      scopes: r.scopes,
      validFrom: r.valid_from,
      validUntil: r.valid_until,
      companyName: snap?.company.nameTh ?? r.juristic_id,
      juristicId: r.juristic_id,
      mine: true,
    })
  }
  return views
}

/** Companies whose registration the person signed as a director (a shortcut on their page). */
export async function knownCompanies(db: Kysely<DB>, personId: string) {
  return db
    .selectFrom('application_signers as s')
    .innerJoin('applications as a', 'a.id', 's.application_id')
    .select(['a.juristic_id'])
    .distinct()
    .where('s.person_id', '=', personId)
    .where('s.status', '=', 'verified')
    .where('a.kind', '=', 'company')
    .where('a.status', '=', 'approved')
    .execute()
}

// --- The grant form ---------------------------------------------------------------------

export interface GrantForm {
  granteeId: string
  granteeEmail: string
  scopes: Scope[]
  validFrom: string
  validUntil: string
}

export interface GrantProblem {
  field: string
  key: AuthorityMessage
}

type Body = Record<string, unknown>

/**
 * The grant form. A scope that cannot be granted (sent by a tampered form) is a problem of its
 * own, `forbidden`, so the caller can refuse and audit it.
 */
export function parseGrantForm(
  body: Body,
  today: string,
):
  | { ok: true; value: GrantForm }
  | { ok: false; problems: GrantProblem[]; values: Record<string, string>; forbidden: string[] } {
  const values: Record<string, string> = {
    granteeId: formText(body, 'granteeId'),
    granteeEmail: formText(body, 'granteeEmail').toLowerCase(),
    validFrom: formText(body, 'validFrom'),
    validUntil: formText(body, 'validUntil'),
  }
  const posted = ([] as unknown[])
    .concat(body.scope ?? [])
    .filter((v): v is string => typeof v === 'string')
  const forbidden = posted.filter((s) => !isGrantable(s))
  const scopes = [...new Set(posted.filter(isGrantable))]
  for (const s of scopes) values[`scope-${s}`] = 'yes'
  const problems: GrantProblem[] = []
  const id = checkThaiId(values.granteeId ?? '')
  if (!id.ok) problems.push({ field: 'granteeId', key: `error.granteeId.${id.problem}` })
  if (values.granteeEmail === '')
    problems.push({ field: 'granteeEmail', key: 'error.granteeEmail.required' })
  else if (!emailSchema.safeParse(values.granteeEmail).success)
    problems.push({ field: 'granteeEmail', key: 'error.granteeEmail.format' })
  if (forbidden.length > 0) problems.push({ field: 'scopes', key: 'error.scopes.forbidden' })
  else if (scopes.length === 0) problems.push({ field: 'scopes', key: 'error.scopes.required' })
  const from = parseDateInput(values.validFrom ?? '')
  const until = parseDateInput(values.validUntil ?? '')
  if (values.validFrom === '') problems.push({ field: 'validFrom', key: 'error.from.required' })
  else if (!from) problems.push({ field: 'validFrom', key: 'error.from.format' })
  else if (from < today) problems.push({ field: 'validFrom', key: 'error.from.past' })
  if (values.validUntil === '') problems.push({ field: 'validUntil', key: 'error.until.required' })
  else if (!until) problems.push({ field: 'validUntil', key: 'error.until.format' })
  else if (from && until < from)
    problems.push({ field: 'validUntil', key: 'error.until.beforeFrom' })
  if (problems.length > 0 || !id.ok || !from || !until)
    return { ok: false, problems, values, forbidden }
  return {
    ok: true,
    value: {
      granteeId: id.id,
      granteeEmail: values.granteeEmail ?? '',
      scopes,
      validFrom: from,
      validUntil: until,
    },
  }
}

/** The newest sign-in verification of a person: the director's signature on a grant they start. */
async function signInVerification(db: Kysely<DB>, personId: string) {
  return db
    .selectFrom('identity_verifications')
    .select(['id', 'completed_at'])
    .where('person_id', '=', personId)
    .where('status', '=', 'verified')
    .orderBy('completed_at', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/**
 * A director starts a grant. It is an application of kind 'authority' whose first signer is
 * the director (verified through the bank when they signed in, and matched against DBD now);
 * other directors are invited as for a registration when the signing clause needs them.
 */
export async function startGrant(
  deps: CompanyDeps,
  acting: Acting,
  personId: string,
  form: GrantForm,
  locale: Locale,
  requestId: string,
): Promise<
  | { status: 'started'; grantId: string; applicationId: string }
  | { status: 'unavailable' | 'not_director' }
> {
  const lookup = await lookupWithSnapshot(deps, acting.juristicId)
  if (lookup.status === 'unavailable') return { status: 'unavailable' }
  if (lookup.status !== 'found') return { status: 'not_director' }
  const me = await personIdentity(deps, personId)
  const match = matchDirector(lookup.company.directors, me)
  const director = match ? lookup.company.directors[match.index] : undefined
  const verification = await signInVerification(deps.db, personId)
  if (!match || !director || !verification) return { status: 'not_director' }
  const applicationId = newId()
  const grantId = newId()
  const granteeEnc = deps.crypto.encrypt(form.granteeId)
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('applications')
      .values({
        id: applicationId,
        reference: shortReference(),
        kind: 'authority',
        step: 'signers',
        locale,
        juristic_id: acting.juristicId,
        dbd_snapshot_id: lookup.snapshotId,
        email: form.granteeEmail,
      })
      .execute()
    await trx
      .insertInto('application_signers')
      .values({
        id: newId(),
        application_id: applicationId,
        initiator: true,
        director_index: match.index,
        director_name: directorName(director),
        director_id_hmac: director.id === '' ? null : deps.crypto.hmac(director.id).blob,
        status: 'verified',
        verification_id: verification.id,
        person_id: personId,
        match_basis: match.basis,
        verified_at: new Date(),
      })
      .execute()
    await trx
      .insertInto('authority_grants')
      .values({
        id: grantId,
        juristic_person_id: acting.juristicPersonId,
        application_id: applicationId,
        grantee_id_hmac: deps.crypto.hmac(form.granteeId).blob,
        grantee_id_enc: granteeEnc.blob,
        grantee_id_key_id: granteeEnc.keyId,
        grantee_email: form.granteeEmail,
        scopes: JSON.stringify(form.scopes),
        valid_from: form.validFrom,
        valid_until: form.validUntil,
        created_by_person_id: personId,
      })
      .execute()
    await recordAudit(trx, {
      actorType: 'registrant',
      actorId: personId,
      action: 'authority.grant_started',
      subjectType: 'authority_grant',
      subjectId: grantId,
      requestId,
      data: { scopes: form.scopes, validFrom: form.validFrom, validUntil: form.validUntil },
    })
  })
  return { status: 'started', grantId, applicationId }
}

/** The grant of a company, for a director or grantee acting for it; any other is "not found". */
export async function findCompanyGrant(db: Kysely<DB>, grantId: string, juristicPersonId: string) {
  if (!/^[0-9a-f-]{36}$/.test(grantId)) return undefined
  return db
    .selectFrom('authority_grants')
    .selectAll()
    .where('id', '=', grantId)
    .where('juristic_person_id', '=', juristicPersonId)
    .executeTakeFirst()
}

/** The chosen directors have been invited: the grant now waits for them. */
export async function signersChosen(deps: CompanyDeps, applicationId: string): Promise<void> {
  await deps.db
    .updateTable('applications')
    .set({ status: 'submitted', submitted_at: new Date(), signers_chosen_at: new Date() })
    .where('id', '=', applicationId)
    .where('kind', '=', 'authority')
    .where('status', '=', 'draft')
    .execute()
  await progressGrant(deps, applicationId, null)
}

function describeScopes(locale: Locale, scopes: readonly string[]): string {
  const m = authorityMessages(locale)
  return scopes
    .filter(isGrantable)
    .map((s) => m(`scope.${s}`))
    .join(', ')
}

/**
 * Once every chosen director has verified: DBD is asked again, the signers must still be
 * directors and together satisfy the signing clause. Then the grantee is asked to accept;
 * otherwise the grant is refused. Safe to call any number of times.
 */
export async function progressGrant(
  deps: CompanyDeps,
  applicationId: string,
  requestId: string | null,
): Promise<void> {
  const app = await findSignedApplication(deps.db, applicationId)
  if (!app || app.kind !== 'authority' || app.status !== 'submitted' || !app.juristic_id) return
  const signers = await listSigners(deps.db, app.id)
  if (signers.some((s) => s.status !== 'verified')) return
  const lookup = await lookupWithSnapshot(deps, app.juristic_id)
  if (lookup.status === 'unavailable') return
  const company: JuristicPerson | undefined = lookup.status === 'found' ? lookup.company : undefined
  const keys: string[] = []
  for (const s of signers) {
    if (!company || !s.person_id) continue
    const match = matchDirector(company.directors, await personIdentity(deps, s.person_id))
    const d = match ? company.directors[match.index] : undefined
    if (d) keys.push(directorKey(d))
  }
  const rule = company ? parseSigningClause(company.signingClause, company.directors) : undefined
  const signed =
    company !== undefined &&
    rule !== undefined &&
    keys.length === signers.length &&
    satisfies(rule, keys)
  const token = randomToken()
  const now = new Date()
  await deps.db.transaction().execute(async (trx) => {
    const moved = await trx
      .updateTable('applications')
      .set({
        status: signed ? 'approved' : 'refused',
        decided_at: now,
        updated_at: now,
        dbd_snapshot_id: lookup.snapshotId,
      })
      .where('id', '=', app.id)
      .where('status', '=', 'submitted')
      .executeTakeFirst()
    if (Number(moved.numUpdatedRows) !== 1) return
    const grant = await trx
      .updateTable('authority_grants')
      .set(
        signed
          ? {
              status: 'awaiting_grantee',
              signed_at: now,
              accept_token_hash: hashToken(token),
              accept_expires_at: new Date(now.getTime() + ACCEPT_TTL_MS),
            }
          : { status: 'refused' },
      )
      .where('application_id', '=', app.id)
      .where('status', '=', 'awaiting_directors')
      .returning(['id', 'grantee_email', 'valid_from', 'valid_until', 'accept_expires_at'])
      .executeTakeFirst()
    if (!grant) return
    if (signed) {
      const m = authorityMessages(app.locale)
      await enqueueMail(trx, {
        to: grant.grantee_email,
        subject: m('mail.acceptSubject', { company: company?.nameTh ?? app.juristic_id ?? '' }),
        text: m('mail.acceptBody', {
          company: company?.nameTh ?? '',
          juristicId: app.juristic_id ?? '',
          from: formatDate(grant.valid_from, app.locale),
          until: formatDate(grant.valid_until, app.locale),
          time: formatDateTime(grant.accept_expires_at ?? now, app.locale),
          link: `${deps.publicBaseUrl}${AUTHORITY_PATHS.accept(token)}`,
        }),
      })
    }
    await recordAudit(trx, {
      actorType: 'system',
      action: signed ? 'authority.signed' : 'authority.refused',
      subjectType: 'authority_grant',
      subjectId: grant.id,
      requestId,
      data: { dbdSnapshotId: lookup.snapshotId, signers: signers.length },
    })
  })
}

/** What an invited director confirms when the application is a grant: to whom, what, when. */
export async function describeGrant(deps: CompanyDeps, applicationId: string, locale: Locale) {
  const g = await deps.db
    .selectFrom('authority_grants')
    .select([
      'scopes',
      'valid_from',
      'valid_until',
      'grantee_id_enc',
      'grantee_id_key_id',
      'grantee_email',
    ])
    .where('application_id', '=', applicationId)
    .executeTakeFirst()
  if (!g) return undefined
  const m = authorityMessages(locale)
  const grantee = `${granteeLabel(deps, g, null)}, ${g.grantee_email}`
  return {
    title: m('cosign.title'),
    intro: m('cosign.intro'),
    lines: [
      `${m('grant.grantee')}: ${grantee}`,
      `${m('grant.scopes')}: ${describeScopes(locale, g.scopes)}`,
      `${m('grant.period')}: ${m('grant.periodValue', {
        from: formatDate(g.valid_from, locale),
        until: formatDate(g.valid_until, locale),
      })}`,
      m('cosign.consent'),
    ],
  }
}

// --- The grantee accepts ----------------------------------------------------------------

export async function findGrantByToken(db: Kysely<DB>, token: string) {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return undefined
  return db
    .selectFrom('authority_grants')
    .selectAll()
    .where('accept_token_hash', '=', hashToken(token))
    .executeTakeFirst()
}

export async function findGrant(db: Kysely<DB>, id: string) {
  return db.selectFrom('authority_grants').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Whether the acceptance link can still be used. */
export function acceptable(g: { status: string; accept_expires_at: Date | null }): boolean {
  return (
    g.status === 'awaiting_grantee' &&
    g.accept_expires_at !== null &&
    g.accept_expires_at.getTime() > Date.now()
  )
}

export async function beginAcceptance(deps: CompanyDeps, grantId: string, requestId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const g = await trx
      .selectFrom('authority_grants')
      .selectAll()
      .where('id', '=', grantId)
      .executeTakeFirstOrThrow()
    const v = await startVerification(trx, deps, {
      purpose: 'authority-grantee',
      applicationId: g.application_id,
    })
    await trx
      .updateTable('authority_grants')
      .set({ accept_verification_id: v.id })
      .where('id', '=', g.id)
      .execute()
    await recordAudit(trx, {
      actorType: 'anonymous',
      action: 'authority.acceptance_started',
      subjectType: 'authority_grant',
      subjectId: g.id,
      requestId,
    })
    return v
  })
}

/** The grantee's verification: the bank-verified ID must be the one the directors typed. */
export async function onGranteeVerified(
  deps: Pick<CompanyDeps, 'crypto'>,
  trx: Kysely<DB>,
  ctx: VerifiedContext,
): Promise<VerificationFailure | undefined> {
  const g = await trx
    .selectFrom('authority_grants')
    .selectAll()
    .where('accept_verification_id', '=', ctx.verificationId)
    .executeTakeFirst()
  if (!g || !acceptable(g)) return 'invalid_response'
  if (!g.grantee_id_hmac.equals(deps.crypto.hmac(ctx.nationalId).blob)) return 'id_mismatch'
  await trx
    .updateTable('authority_grants')
    .set({
      status: 'active',
      grantee_person_id: ctx.personId,
      accepted_at: new Date(),
      accept_token_hash: null,
    })
    .where('id', '=', g.id)
    .where('status', '=', 'awaiting_grantee')
    .execute()
  await recordAudit(trx, {
    actorType: 'registrant',
    actorId: ctx.personId,
    action: 'authority.accepted',
    subjectType: 'authority_grant',
    subjectId: g.id,
  })
  return undefined
}

/**
 * Revokes a grant: any director acting for the company, or the grantee themselves. Anyone else
 * gets "not found" (and the attempt is audited by the caller).
 */
export async function revokeGrant(
  deps: CompanyDeps,
  grantId: string,
  by: { personId: string; acting?: Acting },
  requestId: string,
): Promise<'revoked' | 'not_found'> {
  if (!/^[0-9a-f-]{36}$/.test(grantId)) return 'not_found'
  const g = await findGrant(deps.db, grantId)
  const allowed =
    g !== undefined &&
    ((by.acting?.role === 'director' && by.acting.juristicPersonId === g.juristic_person_id) ||
      g.grantee_person_id === by.personId)
  if (!g || !allowed || g.status === 'revoked' || g.status === 'refused') {
    await recordAudit(deps.db, {
      actorType: 'registrant',
      actorId: by.personId,
      action: 'authority.revoke_refused',
      subjectType: 'authority_grant',
      subjectId: g?.id ?? null,
      outcome: 'refused',
      requestId,
    })
    return 'not_found'
  }
  const now = new Date()
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('authority_grants')
      .set({
        status: 'revoked',
        revoked_at: now,
        revoked_by_person_id: by.personId,
        accept_token_hash: null,
      })
      .where('id', '=', g.id)
      .execute()
    // Directors still to sign a revoked grant have nothing left to sign.
    await trx
      .updateTable('applications')
      .set({ status: 'superseded', updated_at: now })
      .where('id', '=', g.application_id)
      .where('status', 'in', ['draft', 'submitted'])
      .execute()
    await trx
      .updateTable('application_signers')
      .set({ status: 'withdrawn', invite_token_hash: null })
      .where('application_id', '=', g.application_id)
      .where('status', 'in', ['invited', 'expired'])
      .execute()
    const app = await findSignedApplication(trx, g.application_id)
    const m = authorityMessages(app?.locale ?? 'th')
    const company = by.acting?.companyName ?? app?.juristic_id ?? ''
    await enqueueMail(trx, {
      to: g.grantee_email,
      subject: m('mail.revokedSubject', { company }),
      text: m('mail.revokedBody', {
        company,
        reference: app?.reference ?? '',
        time: formatDateTime(now, app?.locale ?? 'th'),
      }),
    })
    await recordAudit(trx, {
      actorType: 'registrant',
      actorId: by.personId,
      action: 'authority.revoked',
      subjectType: 'authority_grant',
      subjectId: g.id,
      requestId,
      data: { by: by.acting?.role === 'director' ? 'director' : 'grantee' },
    })
  })
  return 'revoked'
}

export { describeScopes }
