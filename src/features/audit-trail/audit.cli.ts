import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { JWK } from 'jose'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { trustedKeysOf, type CheckpointSigner } from './audit.checkpoint.js'
import { createSealer } from './audit.sealer.js'
import { verifyAuditTrail, type VerifyReport } from './audit.verify.js'

export const AUDIT_CLI_USAGE = `Usage: npm run audit:verify -- [options]
  Recomputes every checkpoint and event hash from the database and the public key(s);
  exits 1 when anything was edited, removed, added, reordered or truncated.

  --seal             seal what is ready first (as the server's job does), then verify
  --seal-only        seal what is ready and stop (npm run audit:seal)
  --heads FILE       a saved /audit/checkpoints.json: each head in it must still be there
  --keys FILE        more trusted public keys (a JWKS, or a saved export): retired keys
  --grace-minutes N  unsealed events older than this are a finding (default 15)
  --json             print the report as JSON
`

/** What the command needs from outside: the database, the key, somewhere to write. */
export interface AuditCliDeps {
  db: Kysely<DB>
  signer: CheckpointSigner
  out: (text: string) => void
  readFile?: (path: string) => string
}

function keysFromFile(text: string): JWK[] {
  const parsed = JSON.parse(text) as { keys?: unknown }
  if (!Array.isArray(parsed.keys)) throw new Error('the keys file has no "keys" array')
  return parsed.keys as JWK[]
}

function headsFromFile(text: string): { number: number; hash: string }[] {
  const parsed = JSON.parse(text) as { checkpoints?: unknown }
  if (!Array.isArray(parsed.checkpoints)) throw new Error('the heads file has no "checkpoints"')
  return parsed.checkpoints.map((c: unknown) => {
    const { number, hash } = (c ?? {}) as { number?: unknown; hash?: unknown }
    if (!Number.isSafeInteger(number) || typeof hash !== 'string')
      throw new Error('each published checkpoint needs a number and a hash')
    return { number: number as number, hash }
  })
}

function describe(report: VerifyReport): string {
  const lines = [
    `checkpoints: ${report.checkpoints}, events checked: ${report.eventsChecked}, sealed through seq ${report.sealedThrough}, unsealed: ${report.unsealedEvents}`,
  ]
  if (report.ok) lines.push('OK: the audit trail is intact')
  else {
    const counts = Object.entries(report.counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')
    lines.push(`TAMPERING FOUND (${counts}):`)
    for (const f of report.findings)
      lines.push(
        `  ${f.kind}${f.checkpoint === undefined ? '' : ` [checkpoint ${f.checkpoint}]`}: ${f.detail}`,
      )
    const listed = report.findings.length
    const total = Object.values(report.counts).reduce((a, b) => a + b, 0)
    if (total > listed) lines.push(`  … and ${total - listed} more`)
  }
  return `${lines.join('\n')}\n`
}

/** Runs `npm run audit:verify` with the given arguments; returns the exit code. */
export async function runAuditCli(argv: string[], deps: AuditCliDeps): Promise<number> {
  let args
  try {
    args = parseArgs({
      args: argv,
      options: {
        seal: { type: 'boolean' },
        'seal-only': { type: 'boolean' },
        heads: { type: 'string' },
        keys: { type: 'string' },
        'grace-minutes': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }).values
  } catch (err) {
    deps.out(`${err instanceof Error ? err.message : String(err)}\n${AUDIT_CLI_USAGE}`)
    return 2
  }
  if (args.help) {
    deps.out(AUDIT_CLI_USAGE)
    return 0
  }
  const read = deps.readFile ?? ((path: string) => readFileSync(path, 'utf8'))
  if (args.seal || args['seal-only']) {
    const result = await createSealer({ db: deps.db, signer: deps.signer }).sealOnce({
      waitMs: 30_000,
    })
    deps.out(
      `sealed ${result.events} events in ${result.checkpoints} checkpoints; sealed through seq ${result.sealedThrough}` +
        (result.waiting ? ' (some events wait for a transaction still running)' : '') +
        '\n',
    )
    if (args['seal-only']) return 0
  }
  const graceMinutes = Number(args['grace-minutes'] ?? '15')
  if (!(graceMinutes >= 0)) {
    deps.out(`--grace-minutes must be a number of minutes\n`)
    return 2
  }
  const report = await verifyAuditTrail(deps.db, {
    // The configured key last: a file cannot replace it under the same key id.
    trustedKeys: trustedKeysOf([
      ...(args.keys === undefined ? [] : keysFromFile(read(args.keys))),
      deps.signer.publicJwk,
    ]),
    ...(args.heads === undefined ? {} : { publishedHeads: headsFromFile(read(args.heads)) }),
    unsealedGraceMs: graceMinutes * 60_000,
  })
  deps.out(args.json ? `${JSON.stringify(report, null, 2)}\n` : describe(report))
  return report.ok ? 0 : 1
}
