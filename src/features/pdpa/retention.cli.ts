import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { runRetention } from './retention.js'
import { RETENTION_KINDS, type RetentionKind } from '../../platform/retention-kinds.js'

export const RETENTION_CLI_USAGE = 'usage: npm run retention:run [-- --json]\n'

/**
 * npm run retention:run: applies the retention periods once and prints what was removed.
 * Exit code 0 when done, 3 when another instance was running it at that moment.
 */
export async function runRetentionCli(
  args: readonly string[],
  deps: {
    db: Kysely<DB>
    days: Record<RetentionKind, number>
    out: (text: string) => void
    now?: Date
  },
): Promise<number> {
  const unknown = args.filter((a) => a !== '--json')
  if (unknown.length > 0) throw new Error(`unknown argument: ${unknown.join(' ')}`)
  const counts = await runRetention(deps.db, {
    days: deps.days,
    ...(deps.now ? { now: deps.now } : {}),
  })
  if (!counts) {
    deps.out('retention is running in another instance; nothing done\n')
    return 3
  }
  if (args.includes('--json')) {
    deps.out(`${JSON.stringify({ removed: counts, days: deps.days })}\n`)
    return 0
  }
  const width = Math.max(...RETENTION_KINDS.map((k) => k.length))
  for (const k of RETENTION_KINDS)
    deps.out(`${k.padEnd(width)}  ${String(counts[k]).padStart(7)}  (kept ${deps.days[k]} days)\n`)
  return 0
}
