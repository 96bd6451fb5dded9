export { accountRoutes, signInPurpose } from './account.routes.js'
export {
  freshStepUp,
  requireStepUp,
  safeReturnPath,
  STEP_UP_MAX_AGE_MS,
  STEP_UP_PATH,
  stepUpPurpose,
} from './step-up.js'
