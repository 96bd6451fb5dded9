// `npm start`: the portal from its bundle (scripts/bundle.mjs), rebuilt first when a source
// file changed since the last build — so a start runs exactly the sources on disk.
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { BUNDLE, ensureBundle } from './bundle.mjs'

const started = performance.now()
if (await ensureBundle()) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  process.stdout.write(
    `${JSON.stringify({ level: 30, time: Date.now(), msg: `built the server bundle in ${seconds} s` })}\n`,
  )
}
await import(pathToFileURL(BUNDLE).href)
