import { sql, type Kysely } from 'kysely'
import type { Adapter, AdapterPayload } from 'oidc-provider'
import type { SimDb } from './schema.js'

type Db = Kysely<SimDb>

const epoch = (d: Date) => Math.floor(d.getTime() / 1000)

/**
 * oidc-provider's storage in PostgreSQL (or PGlite): one class per database, one instance per
 * model ('Session', 'Interaction', 'AuthorizationCode', ...). Keeping artefacts in the
 * database rather than the provider's in-memory default lets a code issued before a restart,
 * or by another instance, still be exchanged.
 */
export function databaseAdapter(db: Db): new (model: string) => Adapter {
  return class DatabaseAdapter implements Adapter {
    constructor(private readonly model: string) {}

    async upsert(
      id: string,
      payload: AdapterPayload,
      expiresIn: number | undefined,
    ): Promise<void> {
      const row = {
        payload: JSON.stringify(payload),
        grant_id: typeof payload.grantId === 'string' ? payload.grantId : null,
        uid: typeof payload.uid === 'string' ? payload.uid : null,
        user_code: typeof payload.userCode === 'string' ? payload.userCode : null,
        // The database's clock decides expiry, so instances with skewed clocks agree.
        expires_at:
          typeof expiresIn === 'number'
            ? sql<Date>`now() + make_interval(secs => ${expiresIn})`
            : null,
      }
      await db
        .insertInto('sim_ekyc_oidc_payloads')
        .values({ model: this.model, id, ...row, consumed_at: null })
        .onConflict((oc) => oc.columns(['model', 'id']).doUpdateSet(row))
        .execute()
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      return this.findWhere('id', id)
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return this.findWhere('uid', uid)
    }

    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return this.findWhere('user_code', userCode)
    }

    async consume(id: string): Promise<void> {
      await db
        .updateTable('sim_ekyc_oidc_payloads')
        .set({ consumed_at: sql<Date>`now()` })
        .where('model', '=', this.model)
        .where('id', '=', id)
        .execute()
    }

    async destroy(id: string): Promise<void> {
      await db
        .deleteFrom('sim_ekyc_oidc_payloads')
        .where('model', '=', this.model)
        .where('id', '=', id)
        .execute()
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      // The provider calls this once per grant-bound model, so each call clears its own model.
      await db
        .deleteFrom('sim_ekyc_oidc_payloads')
        .where('model', '=', this.model)
        .where('grant_id', '=', grantId)
        .execute()
    }

    private async findWhere(
      column: 'id' | 'uid' | 'user_code',
      value: string,
    ): Promise<AdapterPayload | undefined> {
      const row = await db
        .selectFrom('sim_ekyc_oidc_payloads')
        .select(['payload', 'consumed_at'])
        .where('model', '=', this.model)
        .where(column, '=', value)
        .where((eb) =>
          eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', sql<Date>`now()`)]),
        )
        .executeTakeFirst()
      if (!row) return undefined
      const payload = row.payload as AdapterPayload
      return row.consumed_at ? { ...payload, consumed: epoch(row.consumed_at) } : payload
    }
  }
}

/** Removes expired artefacts and pending outcomes; the provider itself never deletes them. */
export async function sweepExpired(db: Db): Promise<void> {
  await db
    .deleteFrom('sim_ekyc_oidc_payloads')
    .where('expires_at', '<', sql<Date>`now()`)
    .execute()
  await db
    .deleteFrom('sim_ekyc_pending')
    .where('expires_at', '<', sql<Date>`now()`)
    .execute()
}
