import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { Config } from './config.js'
import { accountRoutes, signInPurpose, stepUpPurpose } from './features/account/index.js'
import { authorityKind, authorityRoutes, granteePurpose } from './features/authority/index.js'
import {
  auditCheckpointRoutes,
  createCheckpointSigner,
  trustedKeysOf,
} from './features/audit-trail/index.js'
import { apiDocsRoutes } from './features/api-docs/index.js'
import { backOfficeRoutes } from './features/back-office/index.js'
import { brokerRoutes } from './features/brokers/index.js'
import { brokerRenewalJobs, brokerRenewalRoutes } from './features/broker-renewal/index.js'
import { documentRoutes } from './features/documents/index.js'
import { ethicsJobs, ethicsRoutes } from './features/ethics/index.js'
import { helpDeskJobs, helpDeskRoutes } from './features/help-desk/index.js'
import { homeRoutes } from './features/home/index.js'
import {
  createRelyingParty,
  IDENTITY_PATHS,
  identityRoutes,
  type RelyingParty,
} from './features/identity/index.js'
import { devMailRoutes } from './features/mail/index.js'
import {
  contactRoutes,
  lifecycleJobs,
  lifecycleRoutes,
  refreshRoutes,
  registrationNotes,
} from './features/lifecycle/index.js'
import { manualRoutes } from './features/manual/index.js'
import { ssoRoutes } from './features/officers/index.js'
import { pdpaJobs, pdpaRoutes } from './features/pdpa/index.js'
import { registrationCheckRoutes } from './features/registration-check/index.js'
import {
  createReceiptSigner,
  receiptRoutes,
  type ReceiptSigner,
} from './features/receipts/index.js'
import {
  COMPANY_PATHS,
  companyRoutes,
  companySignerPurpose,
  sweepCompanyApplications,
} from './features/registration-company/index.js'
import { createRegistry, type Registry } from './features/registry-dbd/index.js'
import { statisticsRoutes } from './features/statistics/index.js'
import { riskReportRoutes } from './features/risk-report/index.js'
import { surveyJobs, surveyRoutes } from './features/survey/index.js'
import {
  PERSON_PATHS,
  personJobs,
  personRoutes,
  registrationPurpose,
} from './features/registration-person/index.js'
import type { Database } from './platform/db/database.js'
import type { FeatureDeps } from './platform/feature-deps.js'
import {
  createScheduler,
  isMovable,
  movableClock,
  systemClock,
  type Clock,
  type Scheduler,
} from './platform/jobs/index.js'
import { createPiiCrypto } from './platform/pii-crypto.js'
import { clockSimulatorRoutes } from './simulators/clock/routes.js'
import { dbdSimulatorRoutes } from './simulators/dbd/routes.js'
import { licenceRegistrySimulatorRoutes } from './simulators/licence-registry/routes.js'
import { promptPaySimulatorRoutes, promptPaySimulatorUrl } from './simulators/promptpay/index.js'

// Steps 7 and 8 of buildApp (app.ts): every feature wired to its adapters, here and nowhere else,
// the periodic jobs in one scheduler, and the simulators of the outside systems. Kept apart from
// app.ts so that the plugin order stays one short page.

export interface AppDeps {
  config: Config
  database: Database
  logger?: FastifyBaseLogger
  /** Limits per client address per minute; tests and benchmarks raise them. */
  limits?: {
    postsPerMinute?: number
    readsPerMinute?: number
    postsPerMinutePerAddress?: number
    /** Calls of the public registration check's API per address (default 60). */
    checkApiPerMinute?: number
  }
  /** The identity provider's relying party; tests may pass one pointed elsewhere. */
  relyingParty?: RelyingParty
  signer?: ReceiptSigner
  /** The scheduler of periodic jobs ticks on its own; the server turns it on, tests tick it. */
  backgroundJobs?: boolean
  /** The jobs' clock: the system's in production; movable with the simulators and in tests. */
  clock?: Clock
  /** The business registry; tests may pass one that fails or answers slowly. */
  registry?: Registry
}

/**
 * Registers every feature, its jobs and (with SIMULATORS) the simulators on `app`; returns the
 * scheduler and the jobs' clock for buildApp to start and stop.
 */
export async function registerFeatures(
  app: FastifyInstance,
  deps: AppDeps,
): Promise<{ scheduler: Scheduler; clock: Clock }> {
  const { config, database } = deps
  const db = database.db
  // The jobs' clock, which features with deadlines read too (SLA clocks, windows, reminders).
  const clock: Clock = deps.clock ?? (config.simulators ? movableClock() : systemClock)
  const crypto = createPiiCrypto({
    encryption: config.secrets.encryption,
    hmac: config.secrets.hmac,
  })
  const rp =
    deps.relyingParty ??
    createRelyingParty(config.idp, `${config.publicBaseUrl}${IDENTITY_PATHS.callback}`)
  const signer =
    deps.signer ??
    (await createReceiptSigner({
      db,
      signing: config.secrets.signing,
      publicBaseUrl: config.publicBaseUrl,
    }))
  const verificationDeps = { db, rp, crypto, idp: config.idp }
  const registry = deps.registry ?? createRegistry(config.dbd)
  const companyDeps = {
    db,
    crypto,
    idp: config.idp,
    publicBaseUrl: config.publicBaseUrl,
    signer,
    registry,
  }
  const personDeps = { db, crypto, idp: config.idp, publicBaseUrl: config.publicBaseUrl, signer }
  await app.register(homeRoutes, {
    personJourney: PERSON_PATHS.start,
    companyJourney: COMPANY_PATHS.start,
  })
  await app.register(documentRoutes, { db })
  await app.register(manualRoutes, { publicBaseUrl: config.publicBaseUrl })
  await app.register(identityRoutes, {
    deps: verificationDeps,
    purposes: {
      registration: registrationPurpose(personDeps),
      'sign-in': signInPurpose(),
      'company-signer': companySignerPurpose(companyDeps, {
        authority: authorityKind(companyDeps),
      }),
      'authority-grantee': granteePurpose(companyDeps),
      'step-up': stepUpPurpose(db),
    },
    publicBaseUrl: config.publicBaseUrl,
  })
  await app.register(personRoutes, { deps: personDeps })
  await app.register(companyRoutes, {
    deps: companyDeps,
    kinds: { authority: authorityKind(companyDeps) },
  })
  await app.register(authorityRoutes, { deps: companyDeps, notes: registrationNotes({ db }) })
  await app.register(accountRoutes, {
    deps: verificationDeps,
    notes: registrationNotes({ db }),
    publicBaseUrl: config.publicBaseUrl,
    clock,
  })
  await app.register(receiptRoutes, { db, signer, publicBaseUrl: config.publicBaseUrl })
  const auditSigner = createCheckpointSigner(config.secrets.auditSigning)
  await app.register(auditCheckpointRoutes, { db, signer: auditSigner })
  await app.register(backOfficeRoutes, {
    deps: { db, crypto, publicBaseUrl: config.publicBaseUrl, clock },
    auditKeys: trustedKeysOf([auditSigner.publicJwk]),
  })
  await app.register(pdpaRoutes, {
    deps: { db, crypto, publicBaseUrl: config.publicBaseUrl, pdpa: config.pdpa },
  })
  const featureDeps: FeatureDeps = {
    db,
    crypto,
    clock,
    publicBaseUrl: config.publicBaseUrl,
    simulators: config.simulators,
  }
  await app.register(surveyRoutes, { deps: featureDeps })
  await app.register(statisticsRoutes, { deps: featureDeps })
  await app.register(riskReportRoutes, { deps: featureDeps })
  await app.register(helpDeskRoutes, { deps: featureDeps, dataDir: config.dataDir })
  await app.register(ethicsRoutes, { deps: featureDeps })
  // The public registration check (ADR 19): a GET page, its JSON API and the listing choice.
  await app.register(registrationCheckRoutes, {
    deps: featureDeps,
    ...(deps.limits?.checkApiPerMinute ? { apiPerMinute: deps.limits.checkApiPerMinute } : {}),
  })
  await app.register(brokerRoutes, { deps: featureDeps, signer, registry: config.licenceRegistry })
  // Brokers' renewal and its fee (ADR 20): the renewal page and the bank's signed callback.
  const payUrl = config.simulators ? { simulatorPayUrl: promptPaySimulatorUrl } : {}
  const renewalDeps = { ...featureDeps, signer }
  await app.register(brokerRenewalRoutes, {
    deps: renewalDeps,
    gateway: config.payments,
    licences: config.licenceRegistry,
    ...payUrl,
  })
  // The customs activity API (ADR 18): the clearance system reports declarations.
  const changeDeps = { ...featureDeps, signer, registry, minimumIal: config.idp.minimumIal }
  await app.register(lifecycleRoutes, { deps: changeDeps, tokenSecret: config.secrets.hmac })
  // The registrant's own changes (issue 23): contact details, and data refreshed from its source.
  await app.register(contactRoutes, { deps: { db, crypto } })
  await app.register(refreshRoutes, {
    deps: { db, crypto, signer, registry, minimumIal: config.idp.minimumIal },
  })
  // The APIs' one OpenAPI document and the page of their problem types.
  await app.register(apiDocsRoutes, { publicBaseUrl: config.publicBaseUrl })
  // Officers' sign-in through the agency's SSO (STAFF_SSO_*, or its SIMULATOR).
  if (config.staffSso) await app.register(ssoRoutes, { deps: featureDeps, sso: config.staffSso })
  // 8. Periodic work, in one scheduler: each run once across instances, on the jobs' clock.
  const scheduler = createScheduler({
    db,
    clock,
    logger: app.log,
    jobs: [
      {
        // The applications' clock: expiry, reminders, decisions nobody was there to trigger.
        name: 'company.sweep',
        everyMs: 60_000,
        run: async (now) => {
          await sweepCompanyApplications(companyDeps, now)
        },
      },
      ...pdpaJobs({ db, pdpa: config.pdpa, logger: app.log }),
      ...personJobs(personDeps),
      ...surveyJobs(featureDeps),
      ...helpDeskJobs({ ...featureDeps, dataDir: config.dataDir }),
      ...ethicsJobs(featureDeps),
      ...lifecycleJobs(featureDeps),
      ...brokerRenewalJobs(featureDeps),
    ],
  })
  if (config.simulators) {
    if (isMovable(clock)) await app.register(clockSimulatorRoutes, { clock, scheduler, db })
    await app.register(devMailRoutes, { db })
    await app.register(dbdSimulatorRoutes, { ...config.dbd, seed: config.dbd.syntheticSeed })
    await app.register(licenceRegistrySimulatorRoutes, { ...config.licenceRegistry, clock })
    if (config.payments) await app.register(promptPaySimulatorRoutes, { ...config.payments, clock })
  }

  return { scheduler, clock }
}
