import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import type { BackOfficeDeps } from '../../officers/index.js'
import type { RegisterTree } from '../../risk-report/index.js'
import { editForm } from './edit.form.js'
import { EDIT_PATHS } from './paths.js'
import { parseService, parseStep } from './services-steps.schema.js'
import { ServicePage, StepPage } from './services-steps.views.js'
import { structureMessages } from './structure.messages.js'

const stepOf = (tree: RegisterTree, id: string) =>
  tree.services.flatMap((s) => s.steps).find((s) => s.id === id)

/** Adding, renaming and removing a draft register's services; adding, editing, removing steps. */
export function servicesStepsRoutes(
  app: FastifyInstance,
  deps: { deps: BackOfficeDeps; pre: preHandlerAsyncHookHandler },
): void {
  const common = { parse: parseService, messages: structureMessages, Page: ServicePage }
  editForm(app, deps, {
    ...common,
    path: (id) => EDIT_PATHS.serviceNew(id),
    item: false,
    initial: () => ({ nameTh: '', nameEn: '' }),
    edit: (service) => ({ op: 'service_added', service }),
    first: 'nameTh',
  })
  editForm(app, deps, {
    ...common,
    path: EDIT_PATHS.service,
    initial: (tree, item) => {
      const s = tree.services.find((x) => x.id === item)
      return s && { nameTh: s.nameTh, nameEn: s.nameEn }
    },
    edit: (service, item) => ({ op: 'service_renamed', item, service }),
    remove: (item) => ({ op: 'service_removed', item }),
    first: 'nameTh',
  })

  const step = { parse: parseStep, messages: structureMessages, first: 'titleTh' }
  editForm(app, deps, {
    ...step,
    path: EDIT_PATHS.stepNew,
    Page: (p) => <StepPage {...p} adding />,
    initial: (tree, item) =>
      tree.services.some((s) => s.id === item)
        ? { titleTh: '', titleEn: '', resultTh: '', resultEn: '' }
        : undefined,
    edit: (s, item) => ({ op: 'step_added', service: item, step: s }),
  })
  editForm(app, deps, {
    ...step,
    path: EDIT_PATHS.step,
    Page: StepPage,
    initial: (tree, item) => {
      const s = stepOf(tree, item)
      return (
        s && { titleTh: s.titleTh, titleEn: s.titleEn, resultTh: s.resultTh, resultEn: s.resultEn }
      )
    },
    edit: (s, item) => ({ op: 'step_edited', item, step: s }),
    remove: (item) => ({ op: 'step_removed', item }),
  })
}
