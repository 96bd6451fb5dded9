import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify'
import type { VNode } from 'preact'
import { NotFoundError } from '../../../platform/errors.js'
import { form, formValue, type FormBody } from '../../../platform/form.js'
import { pageContext } from '../../../platform/http/page-context.js'
import type { Locale } from '../../../platform/time.js'
import { toFieldErrors, type FieldError } from '../../../platform/views/components.js'
import { authOf, badgeOf, type BackOfficeDeps } from '../../officers/index.js'
import {
  editRegister,
  EditRefused,
  RegisterLocked,
  registerDetail,
  UnknownIndicator,
  type RegisterEdit,
  type RegisterTree,
} from '../../risk-report/index.js'
import type { Parsed } from '../form.js'
import { editMessages, type EditKey } from './edit.messages.js'
import type { EditPageProps } from './edit.views.js'
import { EDIT_PATHS, RISK_PATHS } from './paths.js'

// One edit page of a draft register, declared once: GET shows the form with the thing's values,
// POST parses it with form(parse, page) (an invalid form comes back with its errors next to the
// fields and in the summary, as typed), applies the edit through the service (which checks the
// permission, the draft and the register's own data, and audits), then goes back. A thing that
// can be removed has a removal form on its page, posted to `…/remove`.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
export const LEVEL_CODE = /^[a-z][a-z_]{0,19}$/

type G = { Params: { id: string; item?: string }; Querystring: { done?: string } }
type Req = FastifyRequest<G>
type Messages<K extends string> = (
  locale: Locale,
) => (key: K, params?: Record<string, string | number>) => string

export interface EditFormSpec<T, K extends string> {
  /** The page's path for a register and an item (the route is made with ':id' and ':item'). */
  path: (id: string, item: string) => string
  /** The item's pattern (a uuid unless said); none for a page of the register itself. */
  item?: RegExp | false
  parse: (body: FormBody) => Parsed<T, K>
  messages: Messages<K>
  Page: (p: EditPageProps) => VNode
  /** The form's values from the register; undefined when the item is not the register's. */
  initial: (tree: RegisterTree, item: string, locale: Locale) => Record<string, string> | undefined
  edit: (value: T, item: string) => RegisterEdit
  /** The field a refusal of the whole form is shown next to (its first field). */
  first: string
  remove?: (item: string) => RegisterEdit
  /** Where a saved edit goes back to (the register's page unless said). */
  back?: (id: string) => string
}

export function editForm<T, K extends string>(
  app: FastifyInstance,
  deps: { deps: BackOfficeDeps; pre: preHandlerAsyncHookHandler },
  spec: EditFormSpec<T, K>,
): void {
  const { db } = deps.deps
  const itemPattern = spec.item === undefined ? UUID : spec.item
  const ids = (request: Req) => {
    const { id, item = '' } = request.params
    if (!UUID.test(id) || (itemPattern && !itemPattern.test(item))) throw new NotFoundError()
    return { id, item }
  }

  async function page(
    request: Req,
    reply: FastifyReply,
    values: Record<string, string> | undefined,
    errors: FieldError[] = [],
    status = errors.length ? 400 : 200,
  ) {
    const { id, item } = ids(request)
    const { tree, reports } = await registerDetail(db, authOf(request), id)
    const initial = spec.initial(tree, item, request.locale)
    if (!initial) throw new NotFoundError()
    const action = spec.path(id, item)
    return reply.page(
      <spec.Page
        ctx={pageContext(request, reply, { forms: true })}
        officer={badgeOf(request)}
        tree={tree}
        item={item}
        action={action}
        removeAction={spec.remove ? EDIT_PATHS.remove(action) : undefined}
        back={(spec.back ?? RISK_PATHS.register)(id)}
        values={values ?? initial}
        errors={errors}
        locked={reports.some((r) => r.publishedAt !== null)}
        saved={request.query.done === 'register.saved'}
      />,
      status,
    )
  }

  const refused = (request: Req, err: unknown): [FieldError, number] => {
    const m = editMessages(request.locale)
    if (err instanceof RegisterLocked)
      return [{ field: spec.first, message: m('error.locked') }, 409]
    if (err instanceof UnknownIndicator)
      return [{ field: err.field, message: m('error.unknown', { keys: err.keys.join(', ') }) }, 400]
    if (err instanceof EditRefused)
      return [
        { field: err.field, message: m(`error.${err.reason}` as EditKey, err.params) },
        err.reason === 'level_in_use' ? 409 : 400,
      ]
    throw err
  }

  const route = spec.path(':id', ':item')
  const pre = deps.pre
  app.get<G>(route, { preHandler: pre }, (request, reply) => page(request, reply, undefined))

  const invalid = form(spec.parse, (request, reply, bad) =>
    page(
      request as Req,
      reply,
      bad.values,
      toFieldErrors(bad.problems, spec.messages(request.locale)),
    ),
  )
  app.post<G>(route, { preHandler: [pre, invalid] }, async (request, reply) => {
    const { id, item } = ids(request)
    const value = formValue(request, spec.parse)
    try {
      await editRegister(db, authOf(request), id, spec.edit(value, item))
    } catch (err) {
      const [error, status] = refused(request, err)
      const typed = spec.parse((request.body ?? {}) as FormBody).values
      return page(request, reply, typed, [error], status)
    }
    return reply.redirect(`${(spec.back ?? RISK_PATHS.register)(id)}?done=register.saved`, 303)
  })

  const remove = spec.remove
  if (remove)
    app.post<G>(EDIT_PATHS.remove(route), { preHandler: pre }, async (request, reply) => {
      const { id, item } = ids(request)
      try {
        await editRegister(db, authOf(request), id, remove(item))
      } catch (err) {
        const [error, status] = refused(request, err)
        return page(request, reply, undefined, [{ ...error, field: 'remove' }], status)
      }
      return reply.redirect(`${(spec.back ?? RISK_PATHS.register)(id)}?done=register.saved`, 303)
    })
}
