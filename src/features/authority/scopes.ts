import type { Locale } from '../../platform/time.js'
import { authorityMessages } from './messages.js'

/**
 * What a company may authorise a person to do (Customs Notification 94/2564). Signing
 * registration forms, appeals against assessments and settling cases can never be granted:
 * they are not in this list, the form does not offer them, and the service and the database
 * refuse them.
 */
export const GRANTABLE_SCOPES = [
  'customs_formalities',
  'loading_responsibility',
  'vehicle_reports',
  'duty_payment',
  'duty_compensation',
  'dealing_with_customs',
  'acting_in_processes',
] as const
export type Scope = (typeof GRANTABLE_SCOPES)[number]

/** Matters only the directors themselves may act in. */
export const NEVER_GRANTABLE = [
  'sign_registration_forms',
  'appeal_assessments',
  'settle_cases',
] as const

export function isGrantable(scope: string): scope is Scope {
  return (GRANTABLE_SCOPES as readonly string[]).includes(scope)
}

/** The scopes of a grant in words, in the order given; anything not grantable is left out. */
export function describeScopes(locale: Locale, scopes: readonly string[]): string {
  const m = authorityMessages(locale)
  return scopes
    .filter(isGrantable)
    .map((s) => m(`scope.${s}`))
    .join(', ')
}
