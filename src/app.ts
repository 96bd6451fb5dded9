import fastifyCookie from '@fastify/cookie'
import fastifyCsrf from '@fastify/csrf-protection'
import fastifyFormbody from '@fastify/formbody'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
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
import { manualHelp, manualRoutes } from './features/manual/index.js'
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
import { canonicalHostPlugin } from './platform/http/canonical-host.js'
import { errorHandlerPlugin } from './platform/http/error-handler.js'
import { observabilityPlugin } from './platform/http/observability.js'
import { pageContextPlugin } from './platform/http/page-context.js'
import { securityPlugin } from './platform/http/security.js'
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, sessionPlugin } from './platform/http/session.js'
import { shortReference } from './platform/ids.js'
import {
  createScheduler,
  isMovable,
  movableClock,
  systemClock,
  type Clock,
  type Scheduler,
} from './platform/jobs/index.js'
import { clockSimulatorRoutes } from './simulators/clock/routes.js'
import { dbdSimulatorRoutes } from './simulators/dbd/routes.js'
import { promptPaySimulatorRoutes, promptPaySimulatorUrl } from './simulators/promptpay/index.js'
import { licenceRegistrySimulatorRoutes } from './simulators/licence-registry/routes.js'
import { createLogger } from './platform/logger.js'
import { PUBLIC_DIR } from './platform/paths.js'
import { createPiiCrypto } from './platform/pii-crypto.js'

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

const BODY_LIMIT_BYTES = 100 * 1024
/** How often the scheduler looks for due jobs (each look is one UPDATE per job). */
const JOBS_POLL_MS = 10_000

/** Builds the application: the whole plugin order is here, in one place. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps
  const production = config.env === 'production'
  const app = Fastify({
    loggerInstance: deps.logger ?? (createLogger({ level: config.logLevel }) as FastifyBaseLogger),
    genReqId: () => shortReference(),
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    return503OnClosing: true,
  })
  app.decorate('simulatorsEnabled', config.simulators)
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })

  // 1. Errors and 404s become pages with a reference.
  await app.register(errorHandlerPlugin, { db: database.db })
  // 2. Parsing: cookies and url-encoded forms.
  await app.register(fastifyCookie)
  await app.register(fastifyFormbody)
  // Pages under one host name, PUBLIC_BASE_URL's, where the links and the bank's callback lead
  // (cookies belong to a name). With the simulators only: there one machine answers to
  // localhost, 127.0.0.1 and a LAN address; in production the TLS proxy owns the public names.
  if (config.simulators)
    await app.register(canonicalHostPlugin, { publicBaseUrl: config.publicBaseUrl })
  // 3. Language of the page.
  await app.register(pageContextPlugin, { secureCookies: production, helpFor: manualHelp() })
  // 4. Server-side sessions, then CSRF tokens kept in them.
  await app.register(sessionPlugin, {
    db: database.db,
    secret: config.secrets.session.value,
    secure: production,
    idleMs: SESSION_IDLE_MS,
    absoluteMs: SESSION_ABSOLUTE_MS,
  })
  await app.register(fastifyCsrf, { sessionPlugin: '@fastify/session' })
  // 5. Security headers (CSP nonce), rate limits and the CSRF check on every state change.
  await app.register(securityPlugin, {
    production,
    formActionOrigins: [],
    postsPerMinute: deps.limits?.postsPerMinute ?? config.rateLimits.postsPerMinute,
    readsPerMinute: deps.limits?.readsPerMinute ?? config.rateLimits.readsPerMinute,
    postsPerMinutePerAddress:
      deps.limits?.postsPerMinutePerAddress ?? config.rateLimits.postsPerMinutePerAddress,
  })
  // 6. Static assets, health and metrics.
  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: '/assets/',
    maxAge: 3600_000,
    index: false,
  })
  // Browsers ask for /favicon.ico at the root whatever the page links to.
  app.get('/favicon.ico', (_request, reply) =>
    reply.sendFile('favicon.ico', { maxAge: 86_400_000 }),
  )
  await app.register(observabilityPlugin, { db: database.db, metrics: config.metrics })
  // 7. Features, wired to their adapters here and nowhere else.
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
  app.decorate('jobs', { scheduler, clock })
  if (deps.backgroundJobs) app.addHook('onReady', async () => scheduler.start(JOBS_POLL_MS))
  app.addHook('onClose', async () => scheduler.stop())

  if (config.simulators) {
    if (isMovable(clock)) await app.register(clockSimulatorRoutes, { clock, scheduler, db })
    await app.register(devMailRoutes, { db })
    await app.register(dbdSimulatorRoutes, { ...config.dbd, seed: config.dbd.syntheticSeed })
    await app.register(licenceRegistrySimulatorRoutes, { ...config.licenceRegistry, clock })
    if (config.payments) await app.register(promptPaySimulatorRoutes, { ...config.payments, clock })
  }

  return app
}

declare module 'fastify' {
  interface FastifyInstance {
    simulatorsEnabled: boolean
    /** The scheduler of periodic jobs and its clock (tests tick it; simulators move the clock). */
    jobs: { scheduler: Scheduler; clock: Clock }
  }
}
