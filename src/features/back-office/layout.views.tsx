import type { ComponentChildren } from 'preact'
import {
  CsrfField,
  describedByOf,
  HintAndError,
  TextField,
} from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { dpoLinks } from '../pdpa/index.js'
import { auditorLinks } from './auditor.links.js'
import { counterLinks } from './counter.links.js'
import { backOfficeMessages } from './messages.js'
import { OFFICER_PATHS } from './paths.js'
import { can, type Role } from './roles.js'

/** The signed-in officer as pages show them. */
export interface OfficerBadge {
  displayName: string
  unit: string
  roles: Role[]
}

/**
 * The back-office page: the portal's layout with the back office's own stylesheet and, when
 * signed in, a navigation bar with the officer's name, roles and sign-out.
 */
export function OfficerLayout({
  ctx,
  title,
  hasErrors,
  officer,
  children,
}: {
  ctx: PageContext
  title: string
  hasErrors?: boolean
  officer?: OfficerBadge
  children: ComponentChildren
}) {
  const m = backOfficeMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={`${title} – ${m('area.name')}`} hasErrors={hasErrors ?? false}>
      <link rel="stylesheet" href={OFFICER_PATHS.stylesheet} />
      <div class="bo-bar">
        <p class="bo-bar__area">{m('area.name')}</p>
        {officer && (
          <nav class="bo-nav" aria-label={m('nav.label')}>
            <ul class="bo-nav__list">
              <li>
                <a href={OFFICER_PATHS.home}>{m('nav.home')}</a>
              </li>
              {can(officer.roles, 'registry.search') && (
                <li>
                  <a href={OFFICER_PATHS.registry}>{m('nav.registry')}</a>
                </li>
              )}
              {can(officer.roles, 'officers.manage') && (
                <li>
                  <a href={OFFICER_PATHS.officers}>{m('nav.officers')}</a>
                </li>
              )}
              {[
                ...counterLinks(ctx.locale, officer.roles),
                ...auditorLinks(ctx.locale, officer.roles),
              ].map((l) => (
                <li key={l.href}>
                  <a href={l.href}>{l.title}</a>
                </li>
              ))}
              {dpoLinks(ctx.locale, officer.roles).map((l) => (
                <li key={l.href}>
                  <a href={l.href}>{l.title}</a>
                </li>
              ))}
              <li>
                <form method="post" action={OFFICER_PATHS.signOut} class="inline-form">
                  <CsrfField ctx={ctx} />
                  <button type="submit" class="link-button">
                    {m('nav.signOut')}
                  </button>
                </form>
              </li>
            </ul>
            <p class="bo-nav__who">
              {m('nav.signedInAs', {
                name: officer.displayName,
                roles: officer.roles.map((r) => m(`role.${r}`)).join(', ') || m('role.none'),
              })}
            </p>
          </nav>
        )}
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

/** A group of checkboxes in a fieldset; the first box carries the group's id for the summary link. */
export function Checkboxes(p: {
  id: string
  legend: string
  hint?: string
  error?: string
  choices: { value: string; label: string; hint?: string }[]
  checked: string[]
}) {
  return (
    <div class={`form-group${p.error ? ' form-group--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={describedByOf(p) || undefined}>
        <legend class="fieldset__legend">{p.legend}</legend>
        <HintAndError id={p.id} hint={p.hint} error={p.error} />
        {p.choices.map((c, i) => {
          const id = i === 0 ? p.id : `${p.id}-${i}`
          const hintId = `${p.id}-choice-${i}-hint`
          return (
            <div class="checkboxes__item" key={c.value}>
              <input
                class="checkboxes__input"
                id={id}
                name={p.id}
                type="checkbox"
                value={c.value}
                checked={p.checked.includes(c.value)}
                aria-describedby={c.hint ? hintId : undefined}
              />
              <label class="checkboxes__label" for={id}>
                {c.label}
                {c.hint && (
                  <span class="hint bo-block" id={hintId}>
                    {c.hint}
                  </span>
                )}
              </label>
            </div>
          )
        })}
      </fieldset>
    </div>
  )
}
