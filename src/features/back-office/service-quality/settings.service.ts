import type { Kysely } from 'kysely'
import { recordAudit } from '../../../platform/audit.js'
import type { DB } from '../../../platform/db/schema.js'
import { NotFoundError } from '../../../platform/errors.js'
import { authorise, roleLabel, type OfficerAuth } from '../../officers/index.js'
import {
  listSettings,
  settingByKey,
  settingHistory,
  writeSetting,
  type SettingChange,
  type SettingView,
} from '../../settings/index.js'

/** Every setting with its value, and the latest changes of all. */
export async function settingsOverview(
  db: Kysely<DB>,
  auth: OfficerAuth,
): Promise<{ settings: SettingView[]; history: SettingChange[] }> {
  await authorise(db, auth, 'settings.edit', 'settings.list')
  return { settings: await listSettings(db), history: await settingHistory(db, undefined, 30) }
}

/** One setting, its value and its whole history; unknown keys are not found. */
export async function settingDetail(
  db: Kysely<DB>,
  auth: OfficerAuth,
  key: string,
): Promise<{ view: SettingView; history: SettingChange[] }> {
  await authorise(db, auth, 'settings.edit', 'settings.view')
  const view = (await listSettings(db)).find((s) => s.setting.key === key)
  if (!view || !settingByKey(key)) throw new NotFoundError(`no setting ${key}`)
  return { view, history: await settingHistory(db, key, 200) }
}

/** Changes a setting for an officer with 'settings.edit' (the history and audit are the settings'). */
export async function changeSetting(
  db: Kysely<DB>,
  auth: OfficerAuth,
  key: string,
  change: { value: unknown; reason: string; version: number },
): Promise<void> {
  await authorise(db, auth, 'settings.edit', 'settings.change', { type: 'setting', id: key })
  const setting = settingByKey(key)
  if (!setting) throw new NotFoundError(`no setting ${key}`)
  await writeSetting(db, setting, change.value, {
    officerId: auth.officerId,
    reason: change.reason,
    actorRole: roleLabel(auth.roles),
    requestId: auth.requestId,
    ip: auth.ip,
    expectedVersion: change.version,
  })
}

/** A forged change form (a choice the page never offered): refused and audited. */
export async function refuseForgedSetting(
  db: Kysely<DB>,
  auth: OfficerAuth,
  key: string,
): Promise<void> {
  await recordAudit(db, {
    actorType: 'officer',
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    action: 'settings.forged_refused',
    subjectType: 'setting',
    subjectId: key,
    outcome: 'refused',
    requestId: auth.requestId,
    details: { ip: auth.ip },
  })
}
