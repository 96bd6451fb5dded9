import type { ComponentChildren } from 'preact'
import { CsrfField, describedByOf, HintAndError } from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { OfficerFrame, type OfficerBadge } from '../officers/index.js'
import { backOfficeMessages } from './messages.js'
import { OFFICER_PATHS } from './paths.js'
import { linksFor } from './sections.js'

export type { OfficerBadge }

/**
 * The back-office page: the officers' frame and, when signed in, a navigation bar built from the
 * sections' menu entries the officer's roles may use, with their name, roles and sign-out.
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
  return (
    <OfficerFrame
      ctx={ctx}
      title={title}
      hasErrors={hasErrors}
      nav={officer && <Navigation ctx={ctx} officer={officer} />}
    >
      {children}
    </OfficerFrame>
  )
}

function Navigation({ ctx, officer }: { ctx: PageContext; officer: OfficerBadge }) {
  const m = backOfficeMessages(ctx.locale)
  return (
    <nav class="bo-nav" aria-label={m('nav.label')}>
      <ul class="bo-nav__list">
        <li>
          <a href={OFFICER_PATHS.home}>{m('nav.home')}</a>
        </li>
        {linksFor(ctx.locale, officer.roles, 'bar').map((l) => (
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
  )
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
