import type { DB, GeneratedTimestamp, Json, Timestamp } from '../../platform/db/schema.js'

/** The simulator's own tables (db/migrations/0003_ekyc_simulator.sql), used via db.withTables. */
export type SimTables = {
  sim_ekyc_keys: {
    name: string
    value: Json<unknown>
    created_at: GeneratedTimestamp
  }
  sim_ekyc_oidc_payloads: {
    model: string
    id: string
    payload: Json
    grant_id: string | null
    uid: string | null
    user_code: string | null
    expires_at: Timestamp | null
    consumed_at: Timestamp | null
  }
  sim_ekyc_accounts: {
    sub: string
    national_id: string
    created_at: GeneratedTimestamp
  }
  sim_ekyc_pending: {
    uid: string
    outcome: 'timeout' | 'first_time'
    national_id: string
    decided_at: GeneratedTimestamp
    expires_at: Timestamp
  }
}

/** The app's database seen with the simulator's tables added (what `db.withTables<SimTables>()` gives). */
export type SimDb = DB & SimTables
