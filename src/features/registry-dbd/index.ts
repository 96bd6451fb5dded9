/** The DBD registry adapter: lookups of juristic persons and their signing rules. */
export {
  createHttpAdapter,
  createSyntheticAdapter,
  type HttpAdapterOptions,
  type LookupResult,
  type RegistryAdapter,
} from './adapter.js'
export { parseSigningClause, satisfies, type SigningRule } from './clause.js'
export { SYNTHETIC_SIZE, syntheticCompany, syntheticRegistry } from './synthetic.js'
export {
  directorName,
  JURISTIC_STATUSES,
  JURISTIC_TYPES,
  type Director,
  type JuristicPerson,
  type JuristicStatus,
  type JuristicType,
  type RegisteredAddress,
} from './types.js'
export { juristicPersonWire } from './wire.js'
