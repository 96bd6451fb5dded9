import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import type { BackOfficeDeps } from '../../officers/index.js'
import { editForm } from './edit.form.js'
import { EDIT_PATHS } from './paths.js'
import { parseRisk } from './risks.schema.js'
import { RiskPage } from './risks.views.js'
import { structureMessages } from './structure.messages.js'

/** Adding, editing and removing a draft register's risk events. */
export function risksRoutes(
  app: FastifyInstance,
  deps: { deps: BackOfficeDeps; pre: preHandlerAsyncHookHandler },
): void {
  const common = { parse: parseRisk, messages: structureMessages, first: 'textTh' }
  editForm(app, deps, {
    ...common,
    path: EDIT_PATHS.riskNew,
    Page: (p) => <RiskPage {...p} adding />,
    initial: (tree, item) =>
      tree.services.some((s) => s.steps.some((t) => t.id === item))
        ? { treatment: 'reduce' }
        : undefined,
    edit: (risk, item) => ({ op: 'risk_added', step: item, risk }),
  })
  editForm(app, deps, {
    ...common,
    path: EDIT_PATHS.risk,
    Page: RiskPage,
    initial: (tree, item) => {
      const r = tree.services
        .flatMap((s) => s.steps.flatMap((t) => t.risks))
        .find((x) => x.id === item)
      return (
        r && {
          textTh: r.textTh,
          textEn: r.textEn,
          likelihood: String(r.likelihood),
          impact: String(r.impact),
          residualLikelihood: r.residualLikelihood === null ? '' : String(r.residualLikelihood),
          residualImpact: r.residualImpact === null ? '' : String(r.residualImpact),
          ownerUnit: r.ownerUnit,
          treatment: r.treatment,
        }
      )
    },
    edit: (risk, item) => ({ op: 'risk_edited', item, risk }),
    remove: (item) => ({ op: 'risk_removed', item }),
  })
}
