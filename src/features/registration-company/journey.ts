import type { ApplicationStep } from '../../platform/db/schema.js'
import { canOpenStep, laterStep } from '../../platform/journey.js'

/** The steps of the company journey, in order; an application may open any step up to its own. */
export const STEPS = [
  'company',
  'verify',
  'signers',
  'contact',
  'confirm-email',
  'check',
] as const satisfies readonly ApplicationStep[]
export type Step = (typeof STEPS)[number]

export const BASE = '/register/company'

export const PATHS = {
  start: BASE,
  step: (step: Step) => `${BASE}/${step}`,
  confirmCompany: `${BASE}/company/confirm`,
  verifyStart: `${BASE}/verify/start`,
  resendCode: `${BASE}/confirm-email/resend`,
  submit: `${BASE}/submit`,
  status: `${BASE}/status`,
  resendInvite: `${BASE}/status/resend`,
  /** Polled by the status page while directors verify; never keeps the session alive. */
  statusState: `${BASE}/status/state`,
  done: `${BASE}/done`,
  /** The e-mailed link of an invited director. */
  sign: (token: string) => `${BASE}/sign/${token}`,
  renew: (token: string) => `${BASE}/sign/${token}/renew`,
  /** The invited director's page once their session knows them. */
  signer: `${BASE}/signer`,
  rules: '/rules/company',
}

/** True when the applicant may open this step. */
export function canOpen(allowed: ApplicationStep, wanted: Step): boolean {
  return canOpenStep(STEPS, allowed, wanted)
}

/** The later of two steps. */
export function furthest(a: ApplicationStep, b: Step): Step {
  return laterStep(STEPS, a, b)
}
