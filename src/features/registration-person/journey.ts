import type { ApplicationStep } from '../../platform/db/schema.js'
import { canOpenStep, laterStep } from '../../platform/journey.js'

/** The steps of the person journey, in order; an application may open any step up to its own. */
export const STEPS = [
  'details',
  'confirm-email',
  'verify',
  'your-details',
  'check',
] as const satisfies readonly ApplicationStep[]
export type Step = (typeof STEPS)[number]

export const BASE = '/register/person'

export const PATHS = {
  start: BASE,
  step: (step: Step) => `${BASE}/${step}`,
  resendCode: `${BASE}/confirm-email/resend`,
  verifyStart: `${BASE}/verify/start`,
  submit: `${BASE}/submit`,
  done: `${BASE}/done`,
  resume: (token: string) => `${BASE}/resume/${token}`,
  continueLater: `${BASE}/continue-later`,
  rules: '/rules',
}

/** True when the applicant may open this step. */
export function canOpen(allowed: ApplicationStep, wanted: Step): boolean {
  return canOpenStep(STEPS, allowed, wanted)
}

/** The later of two steps. */
export function furthest(a: ApplicationStep, b: Step): Step {
  return laterStep(STEPS, a, b)
}
