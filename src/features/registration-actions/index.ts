export { RegistrationActions, type ActionableRegistration } from './actions.views.js'
export { actionMessages } from './messages.js'
export { REGISTRATION_PATHS, RENEWAL_OPENS_DAYS } from './paths.js'
