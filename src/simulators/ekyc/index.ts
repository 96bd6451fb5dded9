import type { Kysely } from 'kysely'
import type { Logger } from 'pino'
import type { DB } from '../../platform/db/schema.js'
import type { SimClient } from './provider.js'

export { SIM_ACR, SIM_SCOPES, type SimScope } from './claims.js'
export { SIMULATOR_PEOPLE, type SimAddress, type SimPerson } from './people.js'
export { syntheticPersonFor } from './synthetic.js'
export type { SimClient } from './provider.js'

export interface EkycSimulatorOptions {
  /** The issuer, e.g. 'http://localhost:3001': a separate origin, like a real bank. No path. */
  issuer: string
  /** Bind address, e.g. '127.0.0.1'. */
  host: string
  port: number
  /** The provider's state lives here, so it survives restarts and serves several app instances. */
  db: Kysely<DB>
  clients: SimClient[]
  /** 'First-time user': approval only after this delay (default 20 s). */
  firstTimeDelayMs?: number
  logger?: Logger
  /** Trust X-Forwarded-Proto/-Host when the simulator sits behind a TLS-terminating proxy. */
  proxy?: boolean
}

export interface EkycSimulator {
  url: string
  close(): Promise<void>
}

/**
 * Starts the bundled bank eKYC simulator (an OpenID provider standing in for Pao Tang) on its
 * own port. Never in production. oidc-provider is loaded only here, so that importing the
 * synthetic people (demo data, tests) does not load the provider.
 */
export async function startEkycSimulator(opts: EkycSimulatorOptions): Promise<EkycSimulator> {
  const { startServer } = await import('./server.js')
  return startServer(opts)
}
