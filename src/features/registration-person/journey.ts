/** The steps of the person journey, in order; an application may open any step up to its own. */
export const STEPS = ['details', 'confirm-email', 'verify', 'your-details', 'check'] as const
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
  rules: '/rules',
}

/** True when the applicant may open this step. */
export function canOpen(allowed: string, wanted: Step): boolean {
  const a = STEPS.indexOf(allowed as Step)
  return a >= 0 && STEPS.indexOf(wanted) <= a
}

/** The later of two steps. */
export function furthest(a: string, b: Step): Step {
  return STEPS.indexOf(a as Step) >= STEPS.indexOf(b) ? (a as Step) : b
}
