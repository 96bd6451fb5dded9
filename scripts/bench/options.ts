// Command-line options of npm run bench.

export const ALL_PARTS = [
  'startup',
  'submit-postgres',
  'submit-postgres-64',
  'submit-no-audit',
  'profile',
  'verify',
  'status',
  'mixed',
  'submit-pglite',
  'search-1m',
  'statistics-1m',
  'registration-check',
  'activity-api',
  'inactivity-sweep',
] as const
export type Part = (typeof ALL_PARTS)[number]

export interface BenchOptions {
  quick: boolean
  /** Seconds of each measurement and of the warm-up before it. */
  measureS: number
  warmupS: number
  /** Seconds of each profiled run (one connection, then 16). */
  profileS: number
  startupRuns: number
  /** Seconds of the mixed load. */
  mixedS: number
  /** Synthetic registrants the search runs over. */
  registrants: number
  poolSize: number
  logLevel: string
  parts: Set<Part>
  /** --only was given: the results go to .cache/bench-results-partial.json. */
  partial: boolean
  /** How long each measurement may wait for other work on the machine to stop. */
  quietWaitS: number
  /** How often a measurement that other work disturbed is repeated. */
  repeats: number
  /** The whole run is stopped after this many seconds. */
  deadlineS: number
}

const USAGE = `npm run bench [-- options]
  --quick             every scenario briefly (the whole run in under 3 minutes)
  --duration=S        seconds per measurement (default 15; quick 3)
  --warmup=S          seconds of warm-up before each measurement (default 3; quick 1)
  --mixed=S           seconds of the mixed load (default 60; quick 5)
  --registrants=N     registrants for search-1m and registrations for statistics-1m
                      (default 1,000,000; quick 100,000)
  --quiet-wait=S      how long each measurement waits for a quiet machine (default 60; quick 0)
  --pool=N            DATABASE_POOL_SIZE of the server (default 10)
  --log-level=L       the server's LOG_LEVEL (default warn; info logs every request)
  --only=a,b          run only these parts: ${ALL_PARTS.join(', ')}
                      (results then go to .cache/bench-results-partial.json)
`

function numberArg(raw: string, name: string, min: number, max: number): number {
  const n = Number(raw)
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be ${min}..${max}`)
  return n
}

export function parseOptions(argv: string[]): BenchOptions {
  const quick = argv.includes('--quick')
  const o: BenchOptions = {
    quick,
    measureS: quick ? 3 : 15,
    warmupS: quick ? 1 : 3,
    profileS: quick ? 2 : 5,
    startupRuns: quick ? 1 : 3,
    mixedS: quick ? 5 : 60,
    registrants: quick ? 100_000 : 1_000_000,
    poolSize: 10,
    logLevel: 'warn',
    parts: new Set(ALL_PARTS),
    partial: false,
    quietWaitS: quick ? 0 : 60,
    repeats: quick ? 0 : 2,
    deadlineS: quick ? 175 : 2400,
  }
  for (const arg of argv) {
    const [key, value = ''] = arg.split('=', 2)
    if (key === '--quick') continue
    else if (key === '--duration') o.measureS = numberArg(value, key, 1, 120)
    else if (key === '--warmup') o.warmupS = numberArg(value, key, 0, 60)
    else if (key === '--pool') o.poolSize = numberArg(value, key, 1, 200)
    else if (key === '--quiet-wait') o.quietWaitS = numberArg(value, key, 0, 600)
    else if (key === '--mixed') o.mixedS = numberArg(value, key, 1, 600)
    else if (key === '--registrants') o.registrants = numberArg(value, key, 1000, 5_000_000)
    else if (key === '--log-level') o.logLevel = value
    else if (key === '--only') {
      const parts = value.split(',').filter(Boolean)
      const unknown = parts.filter((p) => !(ALL_PARTS as readonly string[]).includes(p))
      if (unknown.length > 0) throw new Error(`unknown part ${unknown.join(', ')}\n${USAGE}`)
      o.parts = new Set(parts as Part[])
      o.partial = true
    } else if (key === '--help' || key === '-h') {
      process.stdout.write(USAGE)
      process.exit(0)
    } else throw new Error(`unknown option ${arg}\n${USAGE}`)
  }
  return o
}
