import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { NotFoundError } from '../../platform/errors.js'
import { authorise, roleLabel, type OfficerAuth } from '../officers/index.js'
import { updateControl, type ControlEdit } from './edit.repository.js'
import { AA_CONTRAST, cellKey, contrastRatio, type Level, type ScalePoint } from './matrix.js'
import { loadRegister, type RegisterTree } from './register.repository.js'
import {
  deleteLevel,
  insertLevel,
  scaleUse,
  updateLevel,
  writeCells,
  writeScales,
} from './scales.repository.js'
import {
  deleteControl,
  deleteRisk,
  deleteService,
  deleteStep,
  insertControl,
  insertRisk,
  insertService,
  insertStep,
  lockRegister,
  renameService,
  updateRisk,
  updateStep,
  type Names,
  type RiskEdit,
  type StepEdit,
} from './structure.repository.js'
import { placeholders } from './values.js'

// The integrity officer edits a register's structure while it is a draft (none of its reports is
// published): services, steps, risk events, control measures, the scales, the levels and the
// grid. Every edit checks the permission again, locks the register, and is audited in its
// transaction; a removal's audit event keeps what was removed.

/** A template names an indicator the register does not bind. */
export class UnknownIndicator extends Error {
  constructor(
    readonly field: string,
    readonly keys: string[],
  ) {
    super(`unknown indicators: ${keys.join(', ')}`)
  }
}

/** The register has a published report: it is no longer a draft and never changes. */
export class RegisterLocked extends Error {}

export type RefusalReason =
  'off_scale' | 'scale_in_use' | 'level_in_use' | 'too_many_levels' | 'contrast' | 'unknown_level'

/** An edit the register's own data refuses, with the field it is about. */
export class EditRefused extends Error {
  constructor(
    readonly field: string,
    readonly reason: RefusalReason,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${field}: ${reason}`)
  }
}

export type LevelEdit = Omit<Level, 'code' | 'rank'> & { textColour: string }

export type RegisterEdit =
  | { op: 'service_added'; service: Names }
  | { op: 'service_renamed'; item: string; service: Names }
  | { op: 'service_removed'; item: string }
  | { op: 'step_added'; service: string; step: StepEdit }
  | { op: 'step_edited'; item: string; step: StepEdit }
  | { op: 'step_removed'; item: string }
  | { op: 'risk_added'; step: string; risk: RiskEdit }
  | { op: 'risk_edited'; item: string; risk: RiskEdit }
  | { op: 'risk_removed'; item: string }
  | { op: 'control_added'; step: string; control: ControlEdit }
  | { op: 'control_edited'; item: string; control: ControlEdit }
  | { op: 'control_removed'; item: string }
  | {
      op: 'scales_changed'
      likelihoodMax: number
      impactMax: number
      likelihood: ScalePoint[]
      impact: ScalePoint[]
    }
  | { op: 'level_added'; level: LevelEdit }
  | { op: 'level_edited'; item: string; level: LevelEdit }
  | { op: 'level_removed'; item: string }
  | { op: 'matrix_changed'; cells: Record<string, string> }

function checkTemplates(tree: RegisterTree, templates: Record<string, string>) {
  const keys = new Set(tree.indicators.map((i) => i.key))
  for (const [field, t] of Object.entries(templates)) {
    const unknown = placeholders(t)
      .map((p) => p.key)
      .filter((k) => !keys.has(k))
    if (unknown.length) throw new UnknownIndicator(field, [...new Set(unknown)])
  }
}

function checkScales(tree: RegisterTree, r: RiskEdit) {
  const { likelihoodMax: lm, impactMax: im } = tree.matrix
  const checks: [string, number | null, number][] = [
    ['likelihood', r.likelihood, lm],
    ['impact', r.impact, im],
    ['residualLikelihood', r.residualLikelihood, lm],
    ['residualImpact', r.residualImpact, im],
  ]
  for (const [field, v, max] of checks)
    if (v !== null && v > max) throw new EditRefused(field, 'off_scale', { max })
}

function checkLevel(l: LevelEdit) {
  const ratio = contrastRatio(l.colour, l.textColour)
  if (ratio < AA_CONTRAST)
    throw new EditRefused('customColour', 'contrast', { ratio: ratio.toFixed(2) })
}

const steps = (t: RegisterTree) => t.services.flatMap((s) => s.steps)
const found = <T>(x: T | undefined): T => {
  if (x === undefined) throw new NotFoundError()
  return x
}
const must = (ok: boolean) => {
  if (!ok) throw new NotFoundError()
}

/** Applies one edit; returns what it wrote (a new item's id) and the audit's data. */
async function apply(
  trx: Kysely<DB>,
  tree: RegisterTree,
  e: RegisterEdit,
): Promise<{ id?: string; data: Record<string, unknown> }> {
  const id = tree.id
  switch (e.op) {
    case 'service_added':
      return { id: await insertService(trx, id, e.service), data: { ...e.service } }
    case 'service_renamed':
      must(await renameService(trx, id, e.item, e.service))
      return { data: { item: e.item, ...e.service } }
    case 'service_removed': {
      const s = found(tree.services.find((x) => x.id === e.item))
      must(await deleteService(trx, id, e.item))
      return { data: { item: e.item, removed: s } }
    }
    case 'step_added':
      checkTemplates(tree, { resultTh: e.step.resultTh, resultEn: e.step.resultEn })
      return { id: found(await insertStep(trx, id, e.service, e.step)), data: { ...e.step } }
    case 'step_edited':
      checkTemplates(tree, { resultTh: e.step.resultTh, resultEn: e.step.resultEn })
      must(await updateStep(trx, id, e.item, e.step))
      return { data: { item: e.item, ...e.step } }
    case 'step_removed': {
      const s = found(steps(tree).find((x) => x.id === e.item))
      must(await deleteStep(trx, id, e.item))
      return { data: { item: e.item, removed: s } }
    }
    case 'risk_added':
      checkScales(tree, e.risk)
      return { id: found(await insertRisk(trx, id, e.step, e.risk)), data: { ...e.risk } }
    case 'risk_edited':
      checkScales(tree, e.risk)
      must(await updateRisk(trx, id, e.item, e.risk))
      return { data: { item: e.item, ...e.risk } }
    case 'risk_removed': {
      const r = found(
        steps(tree)
          .flatMap((s) => s.risks)
          .find((x) => x.id === e.item),
      )
      must(await deleteRisk(trx, id, e.item))
      return { data: { item: e.item, removed: r } }
    }
    case 'control_added':
      checkTemplates(tree, { resultTh: e.control.resultTh, resultEn: e.control.resultEn })
      return {
        id: found(await insertControl(trx, id, e.step, e.control)),
        data: { ...e.control },
      }
    case 'control_edited':
      checkTemplates(tree, { resultTh: e.control.resultTh, resultEn: e.control.resultEn })
      must(await updateControl(trx, id, e.item, e.control))
      return { data: { item: e.item } }
    case 'control_removed': {
      const c = found(
        steps(tree)
          .flatMap((s) => s.controls)
          .find((x) => x.id === e.item),
      )
      must(await deleteControl(trx, id, e.item))
      return { data: { item: e.item, removed: c } }
    }
    case 'scales_changed': {
      const used = await scaleUse(trx, id)
      if (used.likelihood > e.likelihoodMax)
        throw new EditRefused('likelihoodMax', 'scale_in_use', { used: used.likelihood })
      if (used.impact > e.impactMax)
        throw new EditRefused('impactMax', 'scale_in_use', { used: used.impact })
      await writeScales(trx, id, tree.matrix, e)
      return {
        data: {
          likelihoodMax: e.likelihoodMax,
          impactMax: e.impactMax,
          likelihood: e.likelihood,
          impact: e.impact,
        },
      }
    }
    case 'level_added':
      if (tree.matrix.levels.length >= 10) throw new EditRefused('nameTh', 'too_many_levels')
      checkLevel(e.level)
      return { id: await insertLevel(trx, id, tree.matrix.levels, e.level), data: { ...e.level } }
    case 'level_edited':
      checkLevel(e.level)
      must(await updateLevel(trx, id, e.item, e.level))
      return { data: { item: e.item, ...e.level } }
    case 'level_removed': {
      const l = found(tree.matrix.levels.find((x) => x.code === e.item))
      if (!(await deleteLevel(trx, id, e.item))) throw new EditRefused('remove', 'level_in_use')
      return { data: { item: e.item, removed: l } }
    }
    case 'matrix_changed': {
      const codes = new Set(tree.matrix.levels.map((l) => l.code))
      const { likelihoodMax: lm, impactMax: im } = tree.matrix
      const changed: Record<string, string> = {}
      for (let l = 1; l <= lm; l++)
        for (let i = 1; i <= im; i++) {
          const k = cellKey(l, i)
          const v = e.cells[k]
          if (v === undefined) continue
          if (!codes.has(v)) throw new EditRefused(`c${k}`, 'unknown_level')
          if (tree.matrix.cells[k] !== v) changed[k] = v
        }
      await writeCells(trx, id, changed)
      return { data: { changed, before: tree.matrix.cells } }
    }
  }
}

/**
 * Edits a draft register (risk.register): refused with RegisterLocked once one of its reports is
 * published, NotFoundError for an item that is not the register's, EditRefused or
 * UnknownIndicator for a value its data refuses. Returns the new item's id for an addition.
 */
export async function editRegister(
  db: Kysely<DB>,
  auth: OfficerAuth,
  registerId: string,
  edit: RegisterEdit,
): Promise<string | undefined> {
  const action = `risk.${edit.op}`
  await authorise(db, auth, 'risk.register', action, { type: 'risk_register', id: registerId })
  return db.transaction().execute(async (trx) => {
    const state = await lockRegister(trx, registerId)
    if (state === 'missing') throw new NotFoundError()
    if (state === 'published') throw new RegisterLocked()
    const tree = await loadRegister(trx, registerId)
    if (!tree) throw new NotFoundError()
    const done = await apply(trx, tree, edit)
    await recordAudit(trx, {
      actorType: 'officer',
      actorId: auth.officerId,
      actorRole: roleLabel(auth.roles),
      action,
      subjectType: 'risk_register',
      subjectId: registerId,
      requestId: auth.requestId,
      data: done.id ? { ...done.data, item: done.id } : done.data,
      details: { ip: auth.ip },
    })
    return done.id
  })
}
