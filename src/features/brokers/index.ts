// Customs brokers (issue 24): the application on an ACTIVE importer/exporter registration, its
// automatic decision by the published rules against the licence registry, and the rules page.
export { brokerRoutes } from './brokers.routes.js'
export type { BrokerDeps } from './application.service.js'
export {
  addYears,
  BROKER_RULE_LABELS,
  BROKER_RULE_SET,
  BROKER_VALIDITY_YEARS,
  decideBroker,
  type BrokerFacts,
  type BrokerRule,
} from './broker.rules.js'
export { BROKER_PATHS } from './paths.js'
export { LICENCE_RULES, recheckBrokerLicence, type LicenceRecheck } from './recheck.service.js'
export {
  formatLicence,
  isLicenceNumber,
  licenceWithCheckDigit,
  parseLicenceNumber,
} from './licence-number.js'
export {
  createLicenceRegistry,
  createSyntheticLicenceRegistry,
  type LicenceLookup,
  type LicenceRegistry,
} from './licence-registry/adapter.js'
export {
  answerLicenceCheck,
  DEMO_VARIANTS,
  demoLicenceFor,
  OTHER_HOLDERS_LICENCES,
  type DemoVariant,
} from './licence-registry/synthetic.js'
export {
  LICENCE_CHECK_PATH,
  licenceCheckRequest,
  type LicenceAnswer,
  type LicenceCheckRequest,
} from './licence-registry/wire.js'
