import { REGISTRATION_PATHS } from '../registration-actions/index.js'

/** The brokers' pages. The id is the importer/exporter registration's UUID, never an ID number. */
export const BROKER_PATHS = {
  apply: REGISTRATION_PATHS.broker,
  /** The outcome page ("result": no registrant or officer path reads as deciding). */
  decision: (registrationId: string, decisionId: string) =>
    `${REGISTRATION_PATHS.broker(registrationId)}/result/${decisionId}`,
  rules: '/rules/customs-broker',
} as const
