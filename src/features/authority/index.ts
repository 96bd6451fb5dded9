export { authorityKind, authorityRoutes, granteePurpose } from './authority.routes.js'
export { AUTHORITY_PATHS, progressGrant } from './authority.service.js'
export { GRANTABLE_SCOPES, NEVER_GRANTABLE } from './scopes.js'
