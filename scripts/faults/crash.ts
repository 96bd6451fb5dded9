// Crash test: final submits of pre-seeded verified drafts through the portal's own submit (session,
// CSRF token, idempotency key) against a server on PostgreSQL that is killed with SIGKILL at random
// moments and restarted; the client retries everything not acknowledged. Then the invariants.
import { join } from 'node:path'
import { startSmtpSink } from '../../src/features/mail/test-support/smtp-sink.js'
import { percentile, sleep } from './client.js'
import {
  freshDatabase,
  mailChecks,
  messageIdOf,
  registrationChecks,
  waitForOutbox,
  type Check,
} from './database.js'
import { SubmitLoad } from './load.js'
import { FaultsServer, freePort } from './processes.js'
import { seededRandom } from './random.js'
import { auditVerify } from './audit-verify.js'

export interface CrashOptions {
  drafts: number
  kills: number
  connections: number
  seed: number
  logDir: string
  log(message: string): void
}

export interface KillRecord {
  atMs: number
  ackedBefore: number
  inFlight: number
  restartMs: number
}

export interface CrashResult {
  checks: Check[]
  drafts: number
  acked: number
  attempts: number
  results: Record<string, number>
  kills: KillRecord[]
  loadMs: number
  outboxWaitMs: number
  mailRepeats: number
  ackP50Ms: number
  ackP99Ms: number
}

// After the last kill, a mail the dead worker had claimed waits for its lease (two minutes with
// the faults server's batch of one) before another worker may send it: the wait fails only when
// nothing is sent for longer than that.
const OUTBOX_WAIT = { stallMs: 150_000, limitMs: 600_000 }

/**
 * Runs the load with its kills and resolves when every draft is acknowledged; `finish` then waits
 * for the outbox (a mail the killed worker had claimed waits for its lease) and checks everything,
 * so that the other scenarios can run meanwhile.
 */
export async function crashTest(opts: CrashOptions): Promise<{ finish: Promise<CrashResult> }> {
  const random = seededRandom(opts.seed)
  const sink = await startSmtpSink()
  const db = await freshDatabase(opts.drafts)
  const server = new FaultsServer(
    {
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DATABASE_URL: db.url,
      DATABASE_POOL_SIZE: '10',
      DATA_DIR: db.dataDir,
      SMTP_URL: sink.url,
    },
    await freePort(),
    join(opts.logDir, 'crash-server.log'),
  )
  let owned = true
  const cleanup = async () => {
    await server.close()
    await sink.close()
    await db.close()
  }
  try {
    await server.start()
    const load = new SubmitLoad({
      url: () => server.url,
      drafts: Array.from({ length: opts.drafts }, (_, n) => n),
      connections: opts.connections,
    })
    let loading = true

    async function killer(): Promise<KillRecord[]> {
      const kills: KillRecord[] = []
      for (let k = 0; k < opts.kills && loading; k++) {
        // A random moment of the load: 0.7-3.5 s after the server came (back) up.
        await sleep(700 + random() * 2800)
        if (!loading) break
        const record = { atMs: load.now(), ackedBefore: load.acked.size, inFlight: load.inFlight }
        await server.kill9()
        const r0 = performance.now()
        await server.start()
        const restartMs = Math.round(performance.now() - r0)
        kills.push({ ...record, restartMs })
        opts.log(
          `  kill -9 #${k + 1} at ${record.atMs} ms (${record.ackedBefore} acknowledged, ${record.inFlight} in flight); listening again after ${restartMs} ms`,
        )
      }
      return kills
    }

    const killing = killer()
    // Awaited below; a failed restart must not become an unhandled rejection meanwhile.
    killing.catch(() => undefined)
    await load.run().finally(() => (loading = false))
    const kills = await killing
    const loadMs = load.now()
    opts.log(
      `  ${load.acked.size} acknowledged in ${loadMs} ms (${load.records.length} attempts); the outbox drains while the next scenarios run`,
    )
    owned = false
    return { finish: finish(load, kills, loadMs).finally(cleanup) }
  } finally {
    if (owned) await cleanup()
  }

  async function finish(
    load: SubmitLoad,
    kills: KillRecord[],
    loadMs: number,
  ): Promise<CrashResult> {
    const outboxWaitMs = await waitForOutbox(db, OUTBOX_WAIT)
    await server.stop()

    const checks: Check[] = [
      {
        name: `at least ${Math.min(3, opts.kills)} kills during the load`,
        ok: kills.length >= Math.min(3, opts.kills),
        detail: `${kills.length} kills`,
      },
      {
        name: 'every draft acknowledged in the end',
        ok: load.acked.size === opts.drafts,
        detail: `${load.acked.size} of ${opts.drafts}`,
      },
    ]
    checks.push(...(await registrationChecks(db, [...load.acked])))
    const received = sink.received.map((m) => messageIdOf(m.data) ?? '(none)')
    const mail = await mailChecks(db, received)
    checks.push(...mail.checks)
    const audit = await auditVerify(db)
    if (audit) checks.push(audit)
    const acks = load.records.filter((r) => r.result === 'ack').map((r) => r.endMs - r.startMs)
    return {
      checks,
      drafts: opts.drafts,
      acked: load.acked.size,
      attempts: load.records.length,
      results: load.results(),
      kills,
      loadMs,
      outboxWaitMs,
      mailRepeats: mail.repeats,
      ackP50Ms: percentile(acks, 50),
      ackP99Ms: percentile(acks, 99),
    }
  }
}
