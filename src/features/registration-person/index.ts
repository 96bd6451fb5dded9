export { personRoutes, registrationPurpose } from './person.routes.js'
export { PATHS as PERSON_PATHS } from './journey.js'
export { PERSON_RULE_SET } from './person.rules.js'
export type { PersonDeps } from './person.service.js'
