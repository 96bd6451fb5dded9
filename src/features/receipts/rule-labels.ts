import type { Locale } from '../../platform/time.js'
import { receiptMessages, ruleLabel } from './receipts.messages.js'

/** Rule labels come from the receipts feature, so a page and its receipt always say the same. */
export function ruleLabelFor(locale: Locale): (rule: string) => string {
  const m = receiptMessages(locale)
  return (rule) => ruleLabel(m, rule, locale)
}
