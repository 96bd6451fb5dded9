import type { ComponentChildren } from 'preact'
import { TextField } from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { officerMessages } from './messages.js'
import { SIGN_IN_PATHS } from './paths.js'
import type { Role } from './roles.js'

/** The signed-in officer as pages show them. */
export interface OfficerBadge {
  displayName: string
  unit: string
  roles: Role[]
}

/**
 * The frame of every officer page: the portal's layout with the back office's own stylesheet and
 * its bar; the back office's shell puts its navigation in the bar once an officer is signed in.
 */
export function OfficerFrame({
  ctx,
  title,
  hasErrors,
  nav,
  children,
}: {
  ctx: PageContext
  title: string
  hasErrors?: boolean
  nav?: ComponentChildren
  children: ComponentChildren
}) {
  const m = officerMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={`${title} – ${m('area.name')}`} hasErrors={hasErrors ?? false}>
      <link rel="stylesheet" href={SIGN_IN_PATHS.stylesheet} />
      <div class="bo-bar">
        <p class="bo-bar__area">{m('area.name')}</p>
        {nav}
      </div>
      {children}
    </Layout>
  )
}

/** A labelled password input (never pre-filled). */
export function PasswordField(p: {
  id: string
  label: string
  hint?: string
  error?: string
  autoComplete: 'current-password' | 'new-password'
}) {
  return <TextField {...p} type="password" width="20" spellcheck={false} />
}
