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
