import { isDeepStrictEqual } from 'node:util'
import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { ConflictError } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { declaredSettings, type Setting } from './define.js'
import {
  changes,
  findSetting,
  insertChange,
  insertSetting,
  storedSettings,
  updateSetting,
} from './settings.repository.js'

/** The setting's value: the stored one when it still passes the schema, else the default. */
export async function readSetting<T>(db: Kysely<DB>, setting: Setting<T>): Promise<T> {
  const row = await findSetting(db, setting.key)
  return valueOf(setting, row?.value)
}

function valueOf<T>(setting: Setting<T>, stored: unknown): T {
  if (stored === undefined) return setting.default
  const parsed = setting.schema.safeParse(stored)
  return parsed.success ? parsed.data : setting.default
}

/** Who changes a setting and why (the reason is kept in the history and the audit trail). */
export interface SettingChangeBy {
  officerId: string
  reason: string
  actorRole?: string
  requestId?: string | null
  ip?: string | null
  /** The version the officer's page showed (0: the default); a later change refuses this one. */
  expectedVersion?: number
}

/** A value that does not pass the setting's schema. */
export class SettingValueError extends Error {
  override name = 'SettingValueError'
}

async function change<T>(
  trx: Kysely<DB>,
  setting: Setting<T>,
  value: T,
  by: SettingChangeBy,
): Promise<{ version: number; changed: boolean }> {
  const row = await findSetting(trx, setting.key, true)
  const fromVersion = row?.version ?? 0
  if (by.expectedVersion !== undefined && by.expectedVersion !== fromVersion)
    throw new ConflictError(`setting ${setting.key} changed since version ${by.expectedVersion}`)
  const old = valueOf(setting, row?.value)
  if (row && isDeepStrictEqual(old, value)) return { version: fromVersion, changed: false }
  if (!row && isDeepStrictEqual(old, value) && by.expectedVersion === undefined)
    return { version: 0, changed: false }
  const stored = row
    ? await updateSetting(trx, { key: setting.key, value, officerId: by.officerId, fromVersion })
    : await insertSetting(trx, { key: setting.key, value, officerId: by.officerId })
  if (!stored) throw new ConflictError(`setting ${setting.key} was changed at the same time`)
  const version = fromVersion + 1
  await insertChange(trx, {
    id: newId(),
    key: setting.key,
    version,
    oldValue: old,
    oldWasDefault: !row,
    newValue: value,
    officerId: by.officerId,
    reason: by.reason,
  })
  await recordAudit(trx, {
    actorType: 'officer',
    actorId: by.officerId,
    actorRole: by.actorRole ?? null,
    action: 'settings.changed',
    subjectType: 'setting',
    subjectId: setting.key,
    requestId: by.requestId ?? null,
    data: { version, old, new: value },
    details: { reason: by.reason, ip: by.ip ?? null },
  })
  return { version, changed: true }
}

/**
 * Changes a setting, audited and kept in its history (who, when, old → new, why), in one
 * transaction — the caller's when given one. The caller has checked 'settings.edit'.
 * An unchanged value writes nothing.
 */
export async function writeSetting<T>(
  db: Kysely<DB>,
  setting: Setting<T>,
  value: T,
  by: SettingChangeBy,
): Promise<{ version: number; changed: boolean }> {
  const parsed = setting.schema.safeParse(value)
  if (!parsed.success) throw new SettingValueError(`invalid value for ${setting.key}`)
  const reason = by.reason.trim()
  if ([...reason].length < 5 || [...reason].length > 500)
    throw new SettingValueError('a reason of 5 to 500 characters is needed')
  const run = (trx: Kysely<DB>) => change(trx, setting, parsed.data, { ...by, reason })
  return db.isTransaction ? run(db) : db.transaction().execute(run)
}

/** One declared setting as the settings page lists it. */
export interface SettingView {
  setting: Setting<unknown>
  value: unknown
  version: number
  isDefault: boolean
  updatedAt: Date | null
}

/** Every declared setting with its current value. */
export async function listSettings(db: Kysely<DB>): Promise<SettingView[]> {
  const stored = new Map((await storedSettings(db)).map((r) => [r.key, r]))
  return declaredSettings().map((setting) => {
    const row = stored.get(setting.key)
    return {
      setting,
      value: valueOf(setting, row?.value),
      version: row?.version ?? 0,
      isDefault: !row,
      updatedAt: row?.updated_at ?? null,
    }
  })
}

/** One change in a setting's history. */
export interface SettingChange {
  key: string
  version: number
  oldValue: unknown
  oldWasDefault: boolean
  newValue: unknown
  officerId: string
  officerName: string | null
  at: Date
  reason: string
}

/** The history of one setting, or of all, newest first. */
export async function settingHistory(
  db: Kysely<DB>,
  key?: string,
  limit = 100,
): Promise<SettingChange[]> {
  const rows = await changes(db, key, limit)
  return rows.map((r) => ({
    key: r.key,
    version: r.version,
    oldValue: r.old_value,
    oldWasDefault: r.old_was_default,
    newValue: r.new_value,
    officerId: r.changed_by,
    officerName: r.display_name,
    at: r.changed_at,
    reason: r.reason,
  }))
}
