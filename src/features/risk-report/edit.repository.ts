import type { Kysely } from 'kysely'
import type { DB, RiskTables } from '../../platform/db/schema.js'
import type { ControlStatus, EvidenceLink } from '../../platform/db/schema/risk.js'

// Edits of a control measure, scoped by its register (an id from another register changes
// nothing).

const risk = (db: Kysely<DB>) => db.withTables<RiskTables>()

export interface ControlEdit {
  textTh: string
  textEn: string
  ownerUnit: string
  status: ControlStatus
  dueOn: string | null
  evidence: EvidenceLink[]
  resultTh: string
  resultEn: string
}

const stepsOf = (db: Kysely<DB>, registerId: string) =>
  risk(db)
    .selectFrom('risk_steps as s')
    .innerJoin('risk_services as v', 'v.id', 's.service_id')
    .select('s.id')
    .where('v.register_id', '=', registerId)

/** Writes a control measure of the register; false when it is not the register's. */
export async function updateControl(
  trx: Kysely<DB>,
  registerId: string,
  controlId: string,
  c: ControlEdit,
): Promise<boolean> {
  const res = await risk(trx)
    .updateTable('risk_controls')
    .set({
      text_th: c.textTh,
      text_en: c.textEn,
      owner_unit: c.ownerUnit,
      status: c.status,
      due_on: c.dueOn,
      evidence: JSON.stringify(c.evidence),
      result_th: c.resultTh,
      result_en: c.resultEn,
    })
    .where('id', '=', controlId)
    .where('step_id', 'in', stepsOf(trx, registerId))
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}
