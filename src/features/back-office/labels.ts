import type { BackOfficeTranslate } from './messages.js'

/** A role in words; an unknown one as it is. */
export function roleText(m: BackOfficeTranslate, role: string): string {
  switch (role) {
    case 'registry_officer':
    case 'help_desk':
    case 'data_protection':
    case 'integrity_risk':
    case 'service_quality':
    case 'auditor':
    case 'administrator':
      return m(`role.${role}`)
    default:
      return role
  }
}
