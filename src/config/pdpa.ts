import { z } from 'zod'
import {
  RETENTION_DEFAULT_DAYS,
  RETENTION_KINDS,
  type RetentionKind,
} from '../platform/retention-kinds.js'
import { ConfigError, jsonRecord, parse, type Env } from './errors.js'

/** Personal data protection: the data-protection officer's mailbox and retention periods. */
export interface PdpaConfig {
  /** Where reminders of data-subject requests go. */
  dpoEmail: string
  /** Days each kind of short-lived record is kept (src/platform/retention-kinds.ts). */
  retentionDays: Record<RetentionKind, number>
}

/** RETENTION_DAYS (a JSON object of overrides, known kinds only) and DPO_EMAIL. */
export function pdpaSettings(env: Env): PdpaConfig {
  const retentionOverrides = jsonRecord(
    'RETENTION_DAYS',
    env.RETENTION_DAYS,
    {},
    z.number().int().min(1).max(36_500),
  )
  for (const kind of Object.keys(retentionOverrides)) {
    if (!(RETENTION_KINDS as readonly string[]).includes(kind))
      throw new ConfigError(
        'RETENTION_DAYS',
        `unknown kind ${kind}; known: ${RETENTION_KINDS.join(', ')}`,
      )
  }
  return {
    dpoEmail: parse('DPO_EMAIL', z.email(), env.DPO_EMAIL ?? 'dpo@customs.go.th'),
    retentionDays: { ...RETENTION_DEFAULT_DAYS, ...retentionOverrides },
  }
}
