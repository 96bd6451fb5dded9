// Writing registrations and starting applications: every journey and the counter go through here.
export { startApplication } from './application.start.js'
export {
  activeRegistrationWrites,
  insertActiveRegistration,
  type RegistrationValues,
} from './registration.writes.js'
export {
  idCardAddressText,
  mailingText,
  presentProfile,
  type ProfileView,
} from './registrant.presenter.js'
export { fullName, mailingLine } from './registrant-lines.presenter.js'
