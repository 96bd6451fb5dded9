export { backOfficeRoutes } from './back-office.routes.js'
export { OFFICER_PATHS } from './paths.js'
export {
  AdministratorExistsError,
  createAdministratorFromCli,
  type AdministratorCreated,
  type BreakGlassOperator,
} from './officer-admin/bootstrap.service.js'
export { OfficerLayout, type OfficerBadge } from './layout.views.js'
