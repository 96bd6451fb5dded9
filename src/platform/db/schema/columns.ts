import type { ColumnType } from 'kysely'

/** A timestamptz column: written as a Date or ISO string, read as a Date. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>
/** A timestamptz column with a database default. */
export type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>
/** A date column (Asia/Bangkok business date), read and written as YYYY-MM-DD. */
export type BusinessDate = ColumnType<string, string, string>
/** A jsonb column, written as JSON text (the same on pg and PGlite), read as an object. */
export type Json<T = Record<string, unknown>> = ColumnType<T, string, string>
/** A jsonb column with a database default. */
export type GeneratedJson = ColumnType<Record<string, unknown>, string | undefined, string>
