/** The steps of the company journey, in order; an application may open any step up to its own. */
export const STEPS = ['company', 'verify', 'signers', 'contact', 'confirm-email', 'check'] as const
export type Step = (typeof STEPS)[number]

export const BASE = '/register/company'

export const PATHS = {
  start: BASE,
  step: (step: Step) => `${BASE}/${step}`,
  verifyStart: `${BASE}/verify/start`,
  resendCode: `${BASE}/confirm-email/resend`,
  submit: `${BASE}/submit`,
  status: `${BASE}/status`,
  resendInvite: `${BASE}/status/resend`,
  done: `${BASE}/done`,
  /** The e-mailed link of an invited director. */
  sign: (token: string) => `${BASE}/sign/${token}`,
  renew: (token: string) => `${BASE}/sign/${token}/renew`,
  /** The invited director's page once their session knows them. */
  signer: `${BASE}/signer`,
  rules: '/rules/company',
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
