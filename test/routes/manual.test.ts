// The user manual's pages: every topic in both languages, the search (GET, no JavaScript), the
// print view with the Sarabun font served by the portal, and no link to a route that is gone.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { readTopics } from '../../src/features/manual/content.js'
import { referencesOf } from '../../src/features/manual/render.js'
import { buildTestApp } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let app: FastifyInstance

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database)
  await app.ready()
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe('the user manual', () => {
  it('is linked from the home page', async () => {
    const res = await app.inject('/')
    assert.match(res.body, /href="\/manual"/)
  })

  it('lists every topic on its start page, in Thai and in English', async () => {
    for (const locale of ['th', 'en'] as const) {
      const res = await app.inject(`/manual?lang=${locale}`)
      assert.equal(res.statusCode, 200)
      for (const t of readTopics(locale).filter((x) => x.audience === 'public')) {
        assert.ok(res.body.includes(`href="/manual/${t.slug}"`), `${locale}: ${t.slug} not listed`)
      }
    }
  })

  it('shows each topic with its date, the portal version and heading anchors', async () => {
    const res = await app.inject('/manual/register-person?lang=en')
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /<h1 class="heading-l">Register as a person<\/h1>/)
    assert.match(res.body, /Last updated 6 December 2026 · portal version \d+\.\d+\.\d+/)
    assert.match(res.body, /<h2 id="step-3-verify-your-identity-with-pao-tang"/)
    assert.match(res.body, /href="#step-3-verify-your-identity-with-pao-tang"/)
    const th = await app.inject('/manual/register-person')
    assert.match(th.body, /ปรับปรุงล่าสุด 6 ธันวาคม 2569/)
  })

  it('links a journey page and an error page to their sections of the manual', async () => {
    const start = await app.inject('/register/person?lang=en')
    assert.match(
      start.body,
      /<a href="\/manual\/register-person">How to do this step \(user manual\)<\/a>/,
    )
    const missing = await app.inject('/no-such-page?lang=en')
    assert.equal(missing.statusCode, 404)
    assert.match(missing.body, /href="\/manual\/error-pages#page-not-found-404"/)
  })

  it('asks whether the page was useful, leading to the help form with the topic as its origin', async () => {
    const page = await app.inject('/manual/register-person?lang=en')
    assert.match(page.body, /Was this page useful\?/)
    assert.match(page.body, /href="\/help\/new\?step=manual\.register-person"/)
    const form = await app.inject('/help/new?step=manual.register-person&lang=en')
    assert.equal(form.statusCode, 200)
  })

  it('answers 404 for a topic that does not exist and for a path outside the folders', async () => {
    assert.equal((await app.inject('/manual/no-such-topic')).statusCode, 404)
    assert.equal((await app.inject('/manual/images/..%2F..%2Fpackage.json')).statusCode, 404)
    assert.equal((await app.inject('/manual/fonts/..%2Fpackage.json')).statusCode, 404)
  })

  it('links only to routes of the portal that answer', async () => {
    const seen = new Set<string>()
    for (const locale of ['th', 'en'] as const) {
      for (const t of readTopics(locale)) {
        for (const href of referencesOf(t.body).links) {
          if (!href.startsWith('/') || seen.has(href)) continue
          seen.add(href)
          const res = await app.inject(href)
          assert.ok(res.statusCode < 400, `${locale}/${t.slug} links to ${href}: ${res.statusCode}`)
        }
      }
    }
    assert.ok(seen.size >= 5)
  })

  it('finds a Thai word written inside a longer run, with the passage shown', async () => {
    const res = await app.inject(`/manual/search?q=${encodeURIComponent('เป๋าตัง')}`)
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /href="\/manual\/register-person#/)
    assert.match(res.body, /manual-hit__excerpt[^>]*>[^<]*เป๋าตัง/)
  })

  it('finds Thai pages for a Thai word typed on the English pages', async () => {
    const res = await app.inject(`/manual/search?lang=en&q=${encodeURIComponent('เป๋าตัง')}`)
    assert.match(res.body, /<li lang="th"><a href="\/manual\/[a-z-]+\?lang=th#/)
  })

  it('says when nothing matches and when nothing was typed', async () => {
    const none = await app.inject('/manual/search?q=zzqxv&lang=en')
    assert.match(none.body, /No section matches “zzqxv”/)
    const empty = await app.inject('/manual/search?lang=en')
    assert.match(empty.body, /Type the words to look for/)
    const odd = await app.inject('/manual/search?q=a&q=b&lang=en')
    assert.equal(odd.statusCode, 200)
  })

  it('prints the whole manual with unique anchors and the Sarabun font served here', async () => {
    const res = await app.inject('/manual/print')
    assert.equal(res.statusCode, 200)
    for (const t of readTopics('th').filter((x) => x.audience === 'public'))
      assert.ok(res.body.includes(`id="topic-${t.slug}"`))
    const ids = [...res.body.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])
    assert.equal(new Set(ids).size, ids.length, 'duplicate ids in the print view')
    const css = await app.inject('/manual/manual.css')
    assert.match(css.body, /@page/)
    assert.match(css.body, /\/manual\/fonts\/sarabun-thai-400-normal\.woff2/)
    assert.doesNotMatch(css.body, /https?:\/\//)
    const font = await app.inject('/manual/fonts/sarabun-thai-400-normal.woff2')
    assert.equal(font.statusCode, 200)
    assert.ok(font.rawPayload.length > 1000)
  })
})
