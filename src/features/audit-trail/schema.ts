import type { ColumnType } from 'kysely'

/** A bigint column: written as a number, read as text (pg) or a number (PGlite). */
type BigIntColumn = ColumnType<string | number, number, never>

/** One signed checkpoint (append-only, see 0010_audit_chain.sql). */
export interface AuditCheckpointsTable {
  number: BigIntColumn
  first_seq: BigIntColumn
  last_seq: BigIntColumn
  event_count: ColumnType<number, number, never>
  head_hash: ColumnType<string, string, never>
  jws: ColumnType<string, string, never>
  leaves: ColumnType<Buffer, Buffer, never>
  sealed_at: ColumnType<Date, string, never>
}

/** This feature's tables, added to the platform's DB type with db.withTables<AuditTrailTables>(). */
// A type alias, not an interface: withTables() needs the implicit index signature.
export type AuditTrailTables = {
  audit_checkpoints: AuditCheckpointsTable
}
