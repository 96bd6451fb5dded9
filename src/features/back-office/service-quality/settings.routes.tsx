import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import { ConflictError } from '../../../platform/errors.js'
import { pageContext } from '../../../platform/http/page-context.js'
import { toFieldErrors, type FieldError } from '../../../platform/views/components.js'
import { authOf, badgeOf, type BackOfficeDeps, type Permission } from '../../officers/index.js'
import type { Body } from '../form.js'
import { SERVICE_QUALITY_PATHS } from './paths.js'
import { settingsMessages } from './settings.messages.js'
import { parseSettingForm } from './settings.schema.js'
import {
  changeSetting,
  refuseForgedSetting,
  settingDetail,
  settingsOverview,
} from './settings.service.js'
import { SettingPage, SettingsPage } from './settings.views.js'

/** The settings pages: every setting, one setting with its history, its change (settings.edit). */
export async function settingsRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
): Promise<void> {
  const { db } = opts.deps
  const pre = { preHandler: opts.guard('settings.edit') }

  app.get<{ Querystring: { changed?: string } }>(
    SERVICE_QUALITY_PATHS.settings,
    pre,
    async (request, reply) => {
      const { settings, history } = await settingsOverview(db, authOf(request))
      return reply.page(
        <SettingsPage
          ctx={pageContext(request, reply)}
          officer={badgeOf(request)}
          settings={settings}
          history={history}
          changed={typeof request.query.changed === 'string' ? request.query.changed : undefined}
        />,
      )
    },
  )

  app.get<{ Params: { key: string } }>(
    SERVICE_QUALITY_PATHS.setting(':key'),
    pre,
    async (request, reply) => {
      const { view, history } = await settingDetail(db, authOf(request), request.params.key)
      return reply.page(
        <SettingPage
          ctx={pageContext(request, reply, { forms: true })}
          officer={badgeOf(request)}
          view={view}
          history={history}
        />,
      )
    },
  )

  app.post<{ Params: { key: string }; Body: Body }>(
    SERVICE_QUALITY_PATHS.setting(':key'),
    pre,
    async (request, reply) => {
      const auth = authOf(request)
      const key = request.params.key
      const { view } = await settingDetail(db, auth, key)
      const ctx = pageContext(request, reply, { forms: true })
      const m = settingsMessages(ctx.locale)
      const again = async (values: Record<string, string>, errors: FieldError[]) => {
        const fresh = await settingDetail(db, auth, key)
        return reply.page(
          <SettingPage
            ctx={ctx}
            officer={badgeOf(request)}
            view={fresh.view}
            history={fresh.history}
            values={values}
            errors={errors}
          />,
          400,
        )
      }
      const parsed = parseSettingForm(view.setting, view.value, request.body)
      if (parsed.tampered) await refuseForgedSetting(db, auth, key)
      if (!parsed.ok) {
        const errors = toFieldErrors(parsed.problems, m)
        if (errors.length === 0) errors.push({ field: 'value', message: m('error.value') })
        return again(parsed.values, errors)
      }
      try {
        await changeSetting(db, auth, key, parsed.value)
      } catch (err) {
        if (err instanceof ConflictError)
          return again(parsed.values, [{ field: 'value', message: m('error.stale') }])
        throw err
      }
      return reply.redirect(
        `${SERVICE_QUALITY_PATHS.settings}?changed=${encodeURIComponent(key)}`,
        303,
      )
    },
  )
}
