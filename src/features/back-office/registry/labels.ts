import type { RegistryTranslate } from './registry.messages.js'

/** A registration status in words. */
export function statusText(m: RegistryTranslate, status: string): string {
  return ['ACTIVE', 'SUSPENDED', 'CANCELLED', 'EXPIRED'].includes(status)
    ? m(`registration.status.${status as 'ACTIVE'}`)
    : status
}

/** A kind of registration in words. */
export function kindText(m: RegistryTranslate, kind: string): string {
  return kind === 'customs_broker' || kind === 'importer_exporter'
    ? m(`registration.kind.${kind}`)
    : kind
}

/** An application status as a message-key suffix. */
export function applicationStatus(
  s: string,
): 'draft' | 'submitted' | 'approved' | 'refused' | 'superseded' | 'other' {
  return s === 'draft' ||
    s === 'submitted' ||
    s === 'approved' ||
    s === 'refused' ||
    s === 'superseded'
    ? s
    : 'other'
}

/** The kind of actor of an audit event. */
export function actorType(t: string): 'anonymous' | 'registrant' | 'officer' | 'system' {
  return t === 'registrant' || t === 'officer' || t === 'system' ? t : 'anonymous'
}
