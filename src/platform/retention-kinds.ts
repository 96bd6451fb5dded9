/**
 * The kinds of short-lived record the retention job removes, and how many days each is kept by
 * default. Pure data: config.ts reads the defaults from here without depending on a feature;
 * pdpa describes each kind (retention.policy.ts) and applies the periods (retention.ts).
 */
export const RETENTION_KINDS = [
  'identityClaims',
  'verificationArtefacts',
  'expiredSessions',
  'devMailbox',
  'sentMail',
  'auditIp',
  'auditReason',
  'requestTexts',
] as const
export type RetentionKind = (typeof RETENTION_KINDS)[number]

/** Days each kind is kept, counted from the moment named in pdpa's RETENTION_RULES. */
export const RETENTION_DEFAULT_DAYS: Record<RetentionKind, number> = {
  identityClaims: 7,
  verificationArtefacts: 30,
  expiredSessions: 1,
  devMailbox: 14,
  sentMail: 30,
  auditIp: 180,
  auditReason: 730,
  requestTexts: 1095,
}
