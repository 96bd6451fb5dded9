import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { ConflictError } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { authorise, roleLabel, type OfficerAuth } from '../officers/index.js'
import {
  findCurrentDocument,
  insertVersion,
  listVersions,
  type DocumentKind,
} from '../documents/index.js'
import {
  acceptanceCount,
  acceptedBy,
  insertAcceptance,
  insertDocument,
  lastVersion,
} from './documents.repository.js'

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['terms', 'privacy']

export interface CurrentDocument {
  id: string
  kind: DocumentKind
  version: number
  title_th: string
  title_en: string
  body_th: string
  body_en: string
  published_at: Date
}

/** The current version of each document. */
export async function currentDocuments(db: Kysely<DB>, now = new Date()) {
  const docs: CurrentDocument[] = []
  for (const kind of DOCUMENT_KINDS) {
    const doc = await findCurrentDocument(db, kind, now)
    if (doc) docs.push(doc)
  }
  return docs
}

/** The current documents this person has not accepted yet (a new version, or never). */
export async function pendingDocuments(
  db: Kysely<DB>,
  personId: string,
  now = new Date(),
): Promise<CurrentDocument[]> {
  const current = await currentDocuments(db, now)
  if (current.length === 0) return []
  const done = await acceptedBy(
    db,
    personId,
    current.map((d) => d.id),
  )
  return current.filter((d) => !done.has(d.id))
}

/** Records the signed-in person's acknowledgement of these documents, those still pending. */
export async function acknowledgeDocuments(
  db: Kysely<DB>,
  personId: string,
  documentIds: readonly string[],
  requestId: string,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const pending = (await pendingDocuments(trx, personId)).filter((d) =>
      documentIds.includes(d.id),
    )
    for (const doc of pending) await insertAcceptance(trx, personId, doc.id)
    if (pending.length > 0)
      await recordAudit(trx, {
        actorType: 'registrant',
        actorId: personId,
        action: 'pdpa.documents_acknowledged',
        subjectType: 'person',
        subjectId: personId,
        requestId,
        data: { documents: pending.map((d) => `${d.kind}-${d.version}`) },
      })
    return pending.length
  })
}

export interface DocumentOverview extends CurrentDocument {
  /** People who accepted this version. */
  acceptedBy: number
}

/** The current version of each document and how many people have accepted it (DPO only). */
export async function documentsOverview(
  db: Kysely<DB>,
  auth: OfficerAuth,
): Promise<DocumentOverview[]> {
  await authorise(db, auth, 'dpo.documents', 'pdpa.documents')
  const current = await currentDocuments(db)
  const out: DocumentOverview[] = []
  for (const doc of current) {
    out.push({ ...doc, acceptedBy: await acceptanceCount(db, doc.id) })
  }
  return out
}

export interface NewDocumentVersion {
  kind: DocumentKind
  titleTh: string
  titleEn: string
  bodyTh: string
  bodyEn: string
}

/**
 * Publishes the next version of a document (DPO only). From now on it is the current version,
 * and every registrant is asked to acknowledge it at their next sign-in.
 */
export async function publishDocument(
  db: Kysely<DB>,
  auth: OfficerAuth,
  doc: NewDocumentVersion,
  now = new Date(),
): Promise<{ id: string; version: number }> {
  await authorise(db, auth, 'dpo.documents', 'pdpa.document_publish')
  try {
    return await db.transaction().execute(async (trx) => {
      const version = (await lastVersion(trx, doc.kind)) + 1
      const id = newId()
      await insertDocument(trx, { id, version, ...doc, publishedAt: now })
      await recordAudit(trx, {
        actorType: 'officer',
        actorId: auth.officerId,
        actorRole: roleLabel(auth.roles),
        action: 'pdpa.document_published',
        subjectType: 'document',
        subjectId: id,
        requestId: auth.requestId,
        data: { kind: doc.kind, version },
        details: { ip: auth.ip },
      })
      return { id, version }
    })
  } catch (err) {
    // Two officers publishing the same kind at once: the second is told to look again.
    if ((err as { code?: string }).code === '23505')
      throw new ConflictError('another version was published at the same moment')
    throw err
  }
}

/** The agency's data-protection policy as published: the newest version, if any. */
export async function currentPolicy(db: Kysely<DB>) {
  const [newest] = await listVersions(db, 'policy')
  return newest
}

/**
 * Publishes the next version of the agency's data-protection policy (DPO only): a versioned
 * document with the date it takes effect and the SHA-256 of its text. Registrants are not asked
 * to acknowledge it; the public page and the corruption-risk report cite it.
 */
export async function publishPolicy(
  db: Kysely<DB>,
  auth: OfficerAuth,
  doc: Omit<NewDocumentVersion, 'kind'> & { effectiveOn: string },
  now = new Date(),
): Promise<{ id: string; version: number }> {
  await authorise(db, auth, 'dpo.documents', 'pdpa.policy_publish')
  try {
    return await db.transaction().execute(async (trx) => {
      const { id, version, sha256 } = await insertVersion(trx, 'policy', {
        ...doc,
        publishedAt: now,
      })
      await recordAudit(trx, {
        actorType: 'officer',
        actorId: auth.officerId,
        actorRole: roleLabel(auth.roles),
        action: 'pdpa.document_published',
        subjectType: 'document',
        subjectId: id,
        requestId: auth.requestId,
        data: { kind: 'policy', version, effectiveOn: doc.effectiveOn, sha256 },
        details: { ip: auth.ip },
      })
      return { id, version }
    })
  } catch (err) {
    if ((err as { code?: string }).code === '23505')
      throw new ConflictError('another version was published at the same moment')
    throw err
  }
}
