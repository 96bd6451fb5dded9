export { backOfficeRoutes } from './back-office.routes.js'
export { OFFICER_PATHS } from './paths.js'
export {
  AdministratorExistsError,
  createAdministratorFromCli,
  type AdministratorCreated,
  type BreakGlassOperator,
} from './bootstrap.service.js'
export type { BackOfficeDeps } from './auth.service.js'
export { ROLES, type Role } from './roles.js'
export type { OfficerTables } from './schema.js'
export { auditRefusal } from './policy.js'
export { authOf, badgeOf, officerGuard } from './officer-session.js'
export { OfficerLayout, type OfficerBadge } from './layout.views.js'
export { roleLabel, type OfficerAuth } from './roles.js'
export { fullName, idCardAddressLine, mailingLine } from './registry.presenter.js'
