// Officer identity: roles and permissions, the policy, the registrant scope, the officer session
// and guard, the officer repository, credentials, the sign-in and enrolment pages and their
// throttle. The back office and any other feature that officers use reach them through here.
export {
  ROLES,
  PERMISSIONS,
  isRole,
  isSensitiveRole,
  can,
  roleLabel,
  SENSITIVE_ROLES,
} from './roles.js'
export type { Role, Permission, OfficerAuth } from './roles.js'
export { authorise, auditRefusal } from './policy.js'
export { inScope } from './scope.js'
export type { BackOfficeDeps } from './deps.js'
export type { GrantRequestStatus, OfficerStatus, OfficerTables } from './schema.js'
export { authOf, badgeOf, officerGuard } from './officer-session.js'
export { OfficerFrame, PasswordField, type OfficerBadge } from './frame.views.js'
export { SIGN_IN_PATHS } from './paths.js'
export { SSO_PATHS, STAFF_HOME } from './sso.paths.js'
export { ssoRoutes } from './sso.routes.js'
export {
  createStaffRelyingParty,
  type SsoChecks,
  type SsoIdentity,
  type StaffRelyingParty,
} from './sso-relying-party.js'
export { officerMessages, officerText, type OfficerMessage } from './messages.js'
export { signInRoutes } from './sign-in.routes.js'
export { secretDigest } from './credentials.js'
export {
  countAdministrators,
  emailInUse,
  findOfficer,
  findOfficerByUsername,
  isUuid,
  listOfficers,
  rolesOf,
  type OfficerListRow,
  type OfficerRow,
} from './officer.repository.js'
export {
  addApprovedRoles,
  changeUnit,
  insertOfficer,
  replaceRoles,
  setConfirmedEmail,
  setStatus,
} from './officer-writes.repository.js'
export { resetEnrolment } from './credential.repository.js'
