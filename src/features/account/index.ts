export { accountRoutes, signInPurpose } from './account.routes.js'
