import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../platform/feature-deps.js'
import type { JobDefinition } from '../../platform/jobs/index.js'
import type { LicenceRegistryConfig } from '../../config.js'
import { createLicenceRegistry } from '../brokers/index.js'
import { paymentRoutes, type Gateway } from '../payments/index.js'
import type { ReceiptSigner } from '../receipts/index.js'
import { renewalJobs } from './jobs.js'
import { renewalRoutes } from './renewal.routes.js'
import { renewalSettlement } from './settlement.js'

// Brokers' renewal (issue 24, ADR 20): from 90 days before the end date the rules run again, a
// bill is issued and paid by Thai QR; the bank's callback renews from the old end date with a
// fee e-receipt and a renewal receipt. Reminders 90/30/7 days before; EXPIRED at the end date.

/**
 * The renewal page and its request (REGISTRATION_PATHS.renew) and, with a gateway, the bank's
 * callback whose renewal bills this feature settles.
 */
export async function brokerRenewalRoutes(
  app: FastifyInstance,
  opts: {
    deps: FeatureDeps & { signer: ReceiptSigner }
    gateway: Gateway | undefined
    /** The licence registry's settings: the broker application's licence rules re-run. */
    licences?: LicenceRegistryConfig
    simulatorPayUrl?: (qrPayload: string, returnTo: string) => string
  },
): Promise<void> {
  const { deps, gateway } = opts
  const licences = opts.licences
    ? createLicenceRegistry(opts.licences, () => deps.clock.now())
    : undefined
  if (gateway)
    await app.register(paymentRoutes, {
      db: deps.db,
      clock: deps.clock,
      gateway,
      handlers: { broker_renewal: renewalSettlement(deps) },
    })
  await app.register(renewalRoutes, {
    deps: { ...opts.deps, gateway: opts.gateway, ...(licences ? { licences } : {}) },
    clock: opts.deps.clock,
    ...(opts.simulatorPayUrl ? { simulatorPayUrl: opts.simulatorPayUrl } : {}),
  })
}

/** The renewal's periodic work: reminders 90, 30 and 7 days before, then expiry. */
export function brokerRenewalJobs(deps: FeatureDeps): JobDefinition[] {
  return renewalJobs({ db: deps.db, publicBaseUrl: deps.publicBaseUrl })
}

export { runRenewalSweep, type RenewalSweepCounts } from './reminders.service.js'
export { renewalFeeBaht, renewalGraceDays } from './settings.js'
export { RENEWAL_RULE_SET, renewalChecks, renewedUntil } from './rules.js'
