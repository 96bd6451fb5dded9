import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { NotFoundError } from '../../platform/errors.js'
import { authorise, roleLabel, type OfficerAuth } from '../officers/index.js'
import { updateControl, updateStepResults, type ControlEdit } from './edit.repository.js'
import { loadRegister } from './register.repository.js'
import { placeholders } from './values.js'

/** A template names an indicator the register does not bind. */
export class UnknownIndicator extends Error {
  constructor(
    readonly field: string,
    readonly keys: string[],
  ) {
    super(`unknown indicators: ${keys.join(', ')}`)
  }
}

function checkTemplates(keys: Set<string>, templates: Record<string, string>) {
  for (const [field, t] of Object.entries(templates)) {
    const unknown = placeholders(t)
      .map((p) => p.key)
      .filter((k) => !keys.has(k))
    if (unknown.length) throw new UnknownIndicator(field, [...new Set(unknown)])
  }
}

async function edit(
  db: Kysely<DB>,
  auth: OfficerAuth,
  registerId: string,
  action: string,
  subjectId: string,
  templates: Record<string, string>,
  write: (trx: Kysely<DB>) => Promise<boolean>,
): Promise<void> {
  await authorise(db, auth, 'risk.register', action, { type: 'risk_register', id: registerId })
  await db.transaction().execute(async (trx) => {
    const tree = await loadRegister(trx, registerId)
    if (!tree) throw new NotFoundError()
    checkTemplates(new Set(tree.indicators.map((i) => i.key)), templates)
    if (!(await write(trx))) throw new NotFoundError()
    await recordAudit(trx, {
      actorType: 'officer',
      actorId: auth.officerId,
      actorRole: roleLabel(auth.roles),
      action,
      subjectType: 'risk_register',
      subjectId: registerId,
      requestId: auth.requestId,
      data: { item: subjectId },
      details: { ip: auth.ip },
    })
  })
}

/** Changes a control measure (texts, owner unit, status, due date, evidence, result templates). */
export async function editControl(
  db: Kysely<DB>,
  auth: OfficerAuth,
  registerId: string,
  controlId: string,
  c: ControlEdit,
): Promise<void> {
  await edit(
    db,
    auth,
    registerId,
    'risk.control_edited',
    controlId,
    { resultTh: c.resultTh, resultEn: c.resultEn },
    (trx) => updateControl(trx, registerId, controlId, c),
  )
}

/** Changes a step's result templates. */
export async function editStepResults(
  db: Kysely<DB>,
  auth: OfficerAuth,
  registerId: string,
  stepId: string,
  r: { resultTh: string; resultEn: string },
): Promise<void> {
  await edit(db, auth, registerId, 'risk.step_edited', stepId, r, (trx) =>
    updateStepResults(trx, registerId, stepId, r),
  )
}
