// Builds the portal's server into one ES module, dist/portal/server.mjs, with esbuild: the
// application and its pure-JavaScript dependencies in one file, so that a start loads one
// module instead of some two thousand (node_modules included) through the TypeScript loader.
// Measured in docs/benchmarks.md ("Start-up"). `npm start` builds it when the sources changed
// (scripts/start.mjs); `npm run build` builds it unconditionally.
import { createHash } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const BUNDLE = join(ROOT, 'dist', 'portal', 'server.mjs')
const STAMP = join(ROOT, 'dist', 'portal', 'sources.sha256')

// Left to Node's own loader: packages that find files next to themselves (PGlite's WebAssembly
// and data files, the address database), native addons, and packages that start workers.
const EXTERNAL = [
  '@electric-sql/pglite',
  '@electric-sql/pglite/*',
  '@node-rs/argon2',
  'pg-native',
  'oidc-provider',
  'thai-address-database',
  'thai-address-database/*',
  'pino',
  'thread-stream',
]

function listFiles(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const s = statSync(path)
    if (s.isDirectory()) listFiles(path, out)
    else if (/\.(ts|tsx|json)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path)
  }
  return out
}

/** What the bundle is built from: every source file (path, size, time), the lock file, this script. */
function fingerprint() {
  const hash = createHash('sha256')
  const files = [
    ...listFiles(join(ROOT, 'src')),
    join(ROOT, 'package-lock.json'),
    join(ROOT, 'tsconfig.json'),
    fileURLToPath(import.meta.url),
  ].sort()
  for (const file of files) {
    const s = statSync(file)
    hash.update(`${relative(ROOT, file)}\0${s.size}\0${s.mtimeMs}\n`)
  }
  return hash.digest('hex')
}

function readStamp() {
  try {
    return readFileSync(STAMP, 'utf8').trim()
  } catch {
    return ''
  }
}

/**
 * Builds a bundle (to a temporary name, then renamed: a start never sees half a file): by
 * default the portal's server; the benchmark builds its own server (scripts/bench/server.ts,
 * the same application plus its measuring routes) the same way, so that it measures what
 * `npm start` runs.
 */
export async function buildBundle(entry = join(ROOT, 'src', 'server.ts'), outfile = BUNDLE) {
  const { build } = await import('esbuild')
  const stamp = fingerprint()
  mkdirSync(dirname(outfile), { recursive: true })
  const tmp = `${outfile}.${process.pid}.tmp.mjs`
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: tmp,
    sourcemap: 'linked',
    external: EXTERNAL,
    // CommonJS dependencies inside an ES module still call require().
    banner: {
      js: "import { createRequire as __portalCreateRequire } from 'node:module'; const require = __portalCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  })
  renameSync(`${tmp}.map`, `${outfile}.map`)
  const code = readFileSync(tmp, 'utf8').replace(
    /\/\/# sourceMappingURL=.*$/m,
    `//# sourceMappingURL=${basename(outfile)}.map`,
  )
  writeFileSync(tmp, code)
  renameSync(tmp, outfile)
  if (outfile === BUNDLE) writeFileSync(STAMP, `${stamp}\n`)
}

/** Builds the bundle unless it was built from exactly the current sources. */
export async function ensureBundle() {
  if (readStamp() === fingerprint()) return false
  await buildBundle()
  return true
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now()
  await buildBundle()
  console.log(
    `built ${relative(ROOT, BUNDLE)} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
}
