import type { ColumnType } from 'kysely'
import type { GeneratedTimestamp } from './columns.js'

// The settings table and its append-only history (db/migrations/0030_settings.sql).

/** A jsonb value of any shape: written as JSON text, read as parsed JSON (checked by its schema). */
type AnyJson = ColumnType<unknown, string, string>

export interface SettingsTable {
  key: string
  value: AnyJson
  version: number
  updated_at: GeneratedTimestamp
  updated_by: string
}

export interface SettingChangesTable {
  id: string
  key: string
  version: number
  old_value: AnyJson
  old_was_default: boolean
  new_value: AnyJson
  changed_by: string
  changed_at: GeneratedTimestamp
  reason: string
}

// A type alias, not an interface: withTables() needs the implicit index signature.
/** The settings' tables, added to the DB type with db.withTables<SettingsTables>(). */
export type SettingsTables = { settings: SettingsTable; audit_setting_changes: SettingChangesTable }
