// Two app instances on different ports, one database: a browser's session works on either, the
// same draft submitted on both at once is registered once, and the two outbox workers (each with
// its own SMTP sink) deliver every e-mail exactly once between them.
import { join } from 'node:path'
import { startSmtpSink } from '../../src/features/mail/test-support/smtp-sink.js'
import { submitKeyFor } from '../bench/seed.js'
import { Browser } from './client.js'
import {
  applicationIdFor,
  freshDatabase,
  mailChecks,
  messageIdOf,
  registrationChecks,
  waitForOutbox,
  type Check,
} from './database.js'
import { FaultsServer, freePort } from './processes.js'

export interface InstancesResult {
  checks: Check[]
  drafts: number
  bothAcknowledged: number
  mailsByInstance: [number, number]
  outboxWaitMs: number
}

const DRAFTS = 200
const PARALLEL = 8

export async function instancesTest(opts: {
  logDir: string
  log(message: string): void
}): Promise<InstancesResult> {
  const sinks = [await startSmtpSink(), await startSmtpSink()] as const
  const db = await freshDatabase(DRAFTS)
  const servers = await Promise.all(
    sinks.map(
      async (sink, i) =>
        new FaultsServer(
          {
            NODE_ENV: 'development',
            LOG_LEVEL: 'warn',
            DATABASE_URL: db.url,
            DATABASE_POOL_SIZE: '8',
            DATA_DIR: db.dataDir,
            SMTP_URL: sink.url,
          },
          await freePort(),
          join(opts.logDir, `instance-${i + 1}.log`),
        ),
    ),
  )
  const [a, b] = servers as [FaultsServer, FaultsServer]
  try {
    await Promise.all(servers.map((s) => s.start()))
    const checks: Check[] = []

    // A journey started on one instance goes on on the other, and back.
    const onA = new Browser(() => a.url)
    const onB = new Browser(() => b.url)
    const start = await onA.request('GET', '/register/person')
    const token = /name="_csrf" value="([^"]+)"/.exec(start.body)?.[1] ?? ''
    onB.copyCookiesFrom(onA)
    const accepted = await onB.request('POST', '/register/person', { _csrf: token, accept: 'yes' })
    onA.copyCookiesFrom(onB)
    const details = await onA.request('GET', '/register/person/details')
    checks.push({
      name: 'a session works on either instance',
      ok:
        start.res.status === 200 &&
        accepted.res.status === 303 &&
        accepted.res.headers.get('location') === '/register/person/details' &&
        details.res.status === 200 &&
        details.body.includes('name="nationalId"'),
      detail: `start page on A ${start.res.status}; accepted on B ${accepted.res.status} → ${accepted.res.headers.get('location')}; details on A ${details.res.status}`,
    })

    // Every draft submitted twice at the same moment, once through each instance.
    let next = 0
    let both = 0
    const answers: Record<string, number> = {}
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        const first = new Browser(() => a.url)
        const second = new Browser(() => b.url)
        for (let n = next++; n < DRAFTS; n = next++) {
          const csrf = await first.bind(applicationIdFor(n))
          second.copyCookiesFrom(first)
          const form = { _csrf: csrf, submitKey: submitKeyFor(n) }
          const results = await Promise.all([
            first.request('POST', '/register/person/submit', form),
            second.request('POST', '/register/person/submit', form),
          ])
          const done = results.filter(
            (r) =>
              r.res.status === 303 && r.res.headers.get('location') === '/register/person/done',
          ).length
          for (const r of results) {
            const key = `${r.res.status} ${r.res.headers.get('location') ?? ''}`.trim()
            answers[key] = (answers[key] ?? 0) + 1
          }
          if (done === 2) both++
        }
      }),
    )
    checks.push({
      name: 'the same submit on both instances at once: both see the one decision',
      ok: both === DRAFTS,
      detail: `${both} of ${DRAFTS} drafts acknowledged on both; answers ${JSON.stringify(answers)}`,
    })
    checks.push(
      ...(await registrationChecks(
        db,
        Array.from({ length: DRAFTS }, (_, n) => n),
      )),
    )
    const outboxWaitMs = await waitForOutbox(db, { stallMs: 60_000, limitMs: 300_000 })
    await Promise.all(servers.map((s) => s.stop()))
    const ids = sinks.map((s) => s.received.map((m) => messageIdOf(m.data) ?? '(none)'))
    const [idsA, idsB] = ids as [string[], string[]]
    const mail = await mailChecks(db, [...idsA, ...idsB])
    checks.push(...mail.checks)
    const inA = new Set(idsA)
    const overlap = idsB.filter((id) => inA.has(id)).length
    checks.push({
      name: 'the outbox is drained exactly once by the two workers',
      ok: mail.repeats === 0 && overlap === 0 && idsA.length > 0 && idsB.length > 0,
      detail: `instance 1 sent ${idsA.length}, instance 2 sent ${idsB.length}; ${overlap} sent by both, ${mail.repeats} repeats`,
    })
    return {
      checks,
      drafts: DRAFTS,
      bothAcknowledged: both,
      mailsByInstance: [idsA.length, idsB.length],
      outboxWaitMs,
    }
  } finally {
    await Promise.all(servers.map((s) => s.close()))
    await Promise.all(sinks.map((s) => s.close()))
    await db.close()
  }
}
