import type { Kysely } from 'kysely'
import type { Logger } from 'pino'
import type { Config } from '../../config.js'
import { SSO_PATHS } from '../../features/officers/index.js'
import type { DB } from '../../platform/db/schema.js'
import type { SsoSimulator, SsoSimulatorOptions } from './server.js'

export type { SsoSimulator, SsoSimulatorOptions } from './server.js'
export type { SsoClient } from './provider.js'

/**
 * Starts the bundled SIMULATOR of the agency's single sign-on (an OpenID provider listing the
 * directory's officers). oidc-provider is loaded only here.
 */
export async function startSsoSimulator(opts: SsoSimulatorOptions): Promise<SsoSimulator> {
  const { startSsoServer } = await import('./server.js')
  return startSsoServer(opts)
}

/**
 * The SSO simulator the configuration asks for (simulators on, no STAFF_SSO_ISSUER of a real
 * provider), with the portal's officers' client registered; undefined otherwise.
 */
export async function startConfiguredSsoSimulator(
  config: Config,
  db: Kysely<DB>,
  logger: Logger,
): Promise<SsoSimulator | undefined> {
  const sso = config.staffSso
  if (!config.simulators || !sso || sso.simulatorPort === undefined) return undefined
  const simulator = await startSsoSimulator({
    issuer: sso.issuer,
    host: config.host,
    port: sso.simulatorPort,
    db,
    clients: [
      {
        client_id: sso.clientId,
        client_secret: sso.clientSecret,
        redirect_uris: [`${config.publicBaseUrl}${SSO_PATHS.callback}`],
      },
    ],
    logger,
  })
  logger.info({ url: simulator.url }, 'SIMULATOR: agency SSO (OpenID Connect) is running')
  return simulator
}
