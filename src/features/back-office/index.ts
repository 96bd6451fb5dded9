export { backOfficeRoutes } from './back-office.routes.js'
export { OFFICER_PATHS } from './paths.js'
export {
  AdministratorExistsError,
  createAdministratorFromCli,
  type AdministratorCreated,
  type BreakGlassOperator,
} from './officer-admin/bootstrap.service.js'
export { OfficerLayout, type OfficerBadge } from './layout.views.js'
// Until the DPO's screens move into the back office, pdpa takes these from here.
export {
  auditRefusal,
  authOf,
  badgeOf,
  officerGuard,
  roleLabel,
  ROLES,
  type BackOfficeDeps,
  type OfficerAuth,
  type OfficerTables,
  type Role,
} from '../officers/index.js'
export { fullName, mailingLine } from './presenter.js'
export { idCardAddressText as idCardAddressLine } from '../registrations/index.js'
