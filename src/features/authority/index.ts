export { authorityKind, authorityRoutes, granteePurpose } from './authority.routes.js'
export { AUTHORITY_PATHS } from './paths.js'
export { progressGrant } from './signing.service.js'
export { GRANTABLE_SCOPES, NEVER_GRANTABLE } from './scopes.js'
