/** The DBD registry adapter: lookups of juristic persons and their signing rules. */
export {
  createHttpAdapter,
  createSyntheticAdapter,
  type HttpAdapterOptions,
  type LookupResult,
  type RegistryAdapter,
} from './adapter.js'
export { parseSigningClause, satisfies, type SigningRule } from './clause.js'
export {
  SYNTHETIC_SIZE,
  syntheticCompany,
  syntheticDirector,
  syntheticRegistry,
} from './synthetic.js'
export {
  directorKey,
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
export {
  changeSyntheticCompany,
  syntheticChangesOf,
  withSyntheticChanges,
  type SyntheticChange,
} from './synthetic-changes.js'
export { matchDirector, normaliseThaiName, type DirectorMatch } from './match.js'
export {
  createRegistry,
  lookupWithSnapshot,
  readSnapshot,
  type Registry,
  type SnapshotLookup,
} from './snapshots.js'
