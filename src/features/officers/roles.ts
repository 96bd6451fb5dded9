/**
 * Roles and what each may do. Least privilege: a role gets a permission only when its work
 * needs it. No permission anywhere approves, refuses or changes an automatic decision.
 */
export const ROLES = [
  'registry_officer',
  'help_desk',
  'data_protection',
  'integrity_risk',
  'service_quality',
  'auditor',
  'administrator',
] as const
export type Role = (typeof ROLES)[number]

export const PERMISSIONS = [
  /** Search registrants and open a registrant's page (masked data). */
  'registry.search',
  /** See each decision's rule results on a registrant's page. */
  'registry.decisions',
  /** See the audit history of a registrant. */
  'registry.history',
  /** Show masked personal data, with a reason that is audited. */
  'registry.reveal',
  /** Create officers and assign roles. */
  'officers.manage',
  /** Enter a counter registration from the documents seen (the maker of the four-eyes rule). */
  'counter.enter',
  /** Confirm or reject another officer's counter entry (the checker; never one's own). */
  'counter.confirm',
  /** Filter, read and export the audit trail's events. */
  'audit.events',
  /** Run the audit trail's verification and see the published checkpoint heads. */
  'audit.verify',
  /** Handle data-subject requests: the queue, each request, its outcome (PDPA s.30–36). */
  'dpo.requests',
  /** Publish a new version of the Terms and Conditions or the privacy notice. */
  'dpo.documents',
  /** Read the satisfaction surveys' results, charts, comments (masked) and exports. */
  'survey.results',
  /** Edit the survey's questions (each edit of a published version makes a new version). */
  'survey.define',
  /** Import the old registration channel's historical rows (pseudonymous, no personal data). */
  'statistics.import',
  /** Edit the settings that shape published figures (base, rounding), with history. */
  'settings.edit',
  /** The help desk's inbox: tickets, replies, notes, assignment (citizens' messages and e-mails). */
  'helpdesk.tickets',
  /** The contact page, canned answers, SLA targets and the business-day calendar. */
  'helpdesk.configure',
  /** The sealed queue of corruption and misconduct complaints, and revealing a reporter. */
  'helpdesk.sealed',
  /** The staff directory: import the HR export, see officers and units. */
  'ethics.directory',
  /** Ethics-code campaigns: publish, launch, follow progress, list who has not signed. */
  'ethics.campaigns',
  /** The corruption-risk register and the agency's report: draft, approve, publish. */
  'risk.register',
] as const
export type Permission = (typeof PERMISSIONS)[number]

const GRANTS: Record<Role, readonly Permission[]> = {
  // Keeps the registry correct: everything on a registrant, personal data with a reason.
  // Counter entries too: one registry officer enters, another confirms (counter.service.ts).
  registry_officer: [
    'registry.search',
    'registry.decisions',
    'registry.history',
    'registry.reveal',
    'counter.enter',
    'counter.confirm',
  ],
  // Answers callers: finds them and explains a refusal, but never unmasks personal data.
  // The help desk's inbox and its configuration, never the sealed corruption complaints.
  help_desk: ['registry.search', 'registry.decisions', 'helpdesk.tickets', 'helpdesk.configure'],
  // Handles data-subject requests: needs the data and who accessed it. The only role that
  // answers requests and publishes the notices registrants accept.
  data_protection: [
    'registry.search',
    'registry.decisions',
    'registry.history',
    'registry.reveal',
    'dpo.requests',
    'dpo.documents',
  ],
  // Works on the risk register and integrity reports: no registrant data, but may check that
  // the audit trail is intact (the verification shows no personal data).
  // Also the sealed complaints queue, the staff directory and ethics campaigns, and the survey's
  // anonymous results that the report cites.
  integrity_risk: [
    'audit.verify',
    'survey.results',
    'settings.edit',
    'helpdesk.sealed',
    'ethics.directory',
    'ethics.campaigns',
    'risk.register',
  ],
  // Measures the service: the survey, its questions, the statistics and the old channel's rows.
  // All of it anonymous or aggregated: no registrant data.
  service_quality: ['survey.results', 'survey.define', 'statistics.import', 'settings.edit'],
  // Read-only review: sees what happened, never unmasks personal data.
  auditor: [
    'registry.search',
    'registry.decisions',
    'registry.history',
    'audit.events',
    'audit.verify',
  ],
  // Manages accounts only: no registrant data at all.
  administrator: ['officers.manage'],
}

/**
 * Which permissions are sensitive: a grant of a role that carries any of them takes effect only
 * when a second administrator approves it (grants.service.ts). Every permission is classified
 * here, so a new one cannot be added without deciding.
 */
const SENSITIVE: Record<Permission, boolean> = {
  // The masked page: names, e-mail and decisions; the ID, birth date, address and phone stay masked.
  'registry.search': false,
  'registry.decisions': false,
  // Who looked at a registrant and when: officers' ids and actions, no registrant data.
  'registry.history': false,
  // Unmasks national IDs, birth dates and addresses.
  'registry.reveal': true,
  // The administrator role itself: whoever holds it creates accounts and asks for grants.
  'officers.manage': true,
  // Acting at the counter: half of a registration made without eKYC (ADR 12).
  'counter.enter': true,
  'counter.confirm': true,
  // Audit events carry pseudonymous ids only.
  'audit.events': false,
  'audit.verify': false,
  // A request's text and the registrant's identity, and the answer sent to them.
  'dpo.requests': true,
  // What every registrant is asked to accept: a notice in force for everyone.
  'dpo.documents': true,
  // Anonymous answers and aggregated counts; questions are public text.
  'survey.results': false,
  'survey.define': false,
  // Rows with a pseudonymous key only.
  'statistics.import': false,
  // Changes what published figures say: audited with history, but no personal data.
  'settings.edit': false,
  // Citizens' names, e-mails and messages, as the masked registry page shows names and e-mails;
  // attachments and sealed reporters are not in it.
  'helpdesk.tickets': false,
  // Public texts and calendars.
  'helpdesk.configure': false,
  // Reporters' sealed identities: the most protected data the portal holds.
  'helpdesk.sealed': true,
  // Officers' work names, e-mails, units and employment status: the agency's own directory.
  'ethics.directory': false,
  'ethics.campaigns': false,
  // The register and the report: agency data, no personal data.
  'risk.register': false,
}

/** True when a grant of this role needs a second administrator's approval. */
export function isSensitiveRole(role: Role): boolean {
  return GRANTS[role].some((p) => SENSITIVE[p])
}

/** The roles a single administrator cannot grant alone. */
export const SENSITIVE_ROLES: readonly Role[] = ROLES.filter(isSensitiveRole)

/** True when the value names a role. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** True when any of the roles grants the permission. */
export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => GRANTS[r].includes(permission))
}

/** The officer acting, as services receive it: never the request. */
export interface OfficerAuth {
  officerId: string
  roles: Role[]
  requestId: string
  ip: string
}

/** The roles joined for the audit trail's actor_role column. */
export function roleLabel(roles: readonly Role[]): string {
  return [...roles].sort().join(',')
}
