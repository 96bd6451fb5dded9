/** One journey event as the struggle rules read it. */
export interface JourneyEventRow {
  event: string
  step: string | null
  at: Date
}

/** Why a step counts as struggled: an eKYC failure, a form error, a repeat, or far too long. */
export type StruggleReason = 'ekyc_failed' | 'error' | 'repeated' | 'slow'

/** The verification outcomes that are not failures. */
const VERIFIED = new Set(['verified', 'already_registered'])

/** A step far longer than usual: over three times the median, and over two minutes. */
export const SLOW_FACTOR = 3
export const SLOW_MIN_MS = 120_000
/** Fewer journeys than this through a step: its median says too little to compare with. */
export const MIN_SAMPLE = 10

/**
 * The step a journey struggled on, if any: the first eKYC failure (step 'verify'), else the
 * first step whose form came back with errors, else the first step saved twice, else the first
 * step that took far longer than its median (time since the previous event).
 */
export function struggledStep(
  events: readonly JourneyEventRow[],
  medians: ReadonlyMap<string, { medianMs: number; sample: number }>,
): { step: string; reason: StruggleReason } | null {
  const sorted = [...events].sort((a, b) => a.at.getTime() - b.at.getTime())
  if (sorted.some((e) => e.event === 'verification' && e.step !== null && !VERIFIED.has(e.step)))
    return { step: 'verify', reason: 'ekyc_failed' }
  const error = sorted.find((e) => e.event === 'step_error' && e.step)
  if (error?.step) return { step: error.step, reason: 'error' }
  const seen = new Set<string>()
  for (const e of sorted) {
    if (e.event !== 'step' || !e.step) continue
    if (seen.has(e.step)) return { step: e.step, reason: 'repeated' }
    seen.add(e.step)
  }
  for (let i = 1; i < sorted.length; i++) {
    const e = sorted[i] as JourneyEventRow
    if (e.event !== 'step' || !e.step) continue
    const took = e.at.getTime() - (sorted[i - 1] as JourneyEventRow).at.getTime()
    const usual = medians.get(e.step)
    if (
      usual &&
      usual.sample >= MIN_SAMPLE &&
      took > SLOW_MIN_MS &&
      took > SLOW_FACTOR * usual.medianMs
    )
      return { step: e.step, reason: 'slow' }
  }
  return null
}
