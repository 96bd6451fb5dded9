import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import { formatDateInput } from '../../../platform/time.js'
import type { BackOfficeDeps } from '../../officers/index.js'
import { editMessages } from './edit.messages.js'
import { editForm } from './edit.form.js'
import { evidenceFields, parseControl } from './measures.schema.js'
import { ControlPage } from './measures.views.js'
import { EDIT_PATHS } from './paths.js'

/** Adding, editing and removing a draft register's control measures. */
export function measuresRoutes(
  app: FastifyInstance,
  deps: { deps: BackOfficeDeps; pre: preHandlerAsyncHookHandler },
): void {
  const common = { parse: parseControl, messages: editMessages, first: 'textTh' }
  editForm(app, deps, {
    ...common,
    path: EDIT_PATHS.controlNew,
    Page: (p) => <ControlPage {...p} adding />,
    initial: (tree, item) =>
      tree.services.some((s) => s.steps.some((t) => t.id === item))
        ? { status: 'planned' }
        : undefined,
    edit: (control, item) => ({ op: 'control_added', step: item, control }),
  })
  editForm(app, deps, {
    ...common,
    path: EDIT_PATHS.control,
    Page: ControlPage,
    initial: (tree, item, locale) => {
      const c = tree.services
        .flatMap((s) => s.steps.flatMap((t) => t.controls))
        .find((x) => x.id === item)
      if (!c) return undefined
      const values: Record<string, string> = {
        textTh: c.textTh,
        textEn: c.textEn,
        ownerUnit: c.ownerUnit,
        status: c.status,
        dueOn: c.dueOn ? formatDateInput(c.dueOn, locale) : '',
        resultTh: c.resultTh,
        resultEn: c.resultEn,
      }
      c.evidence.forEach((x, i) => {
        const f = evidenceFields(i + 1)
        values[f.label] = x.label
        values[f.url] = x.url
      })
      return values
    },
    edit: (control, item) => ({ op: 'control_edited', item, control }),
    remove: (item) => ({ op: 'control_removed', item }),
  })
}
