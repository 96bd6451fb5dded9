// The manual's content: both languages have the same topics and structure, every picture exists,
// every link between topics lands on a heading, and the search cuts Thai into words.
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { readTopics } from './content.js'
import { MANUAL_IMAGES_DIR } from './paths.js'
import { referencesOf, renderTopic } from './render.js'
import { ERROR_SECTIONS, helpFor } from './in-context.js'
import { buildIndex, words } from './search.js'

const th = readTopics('th')
const en = readTopics('en')

/** The shape of a topic: its headings' levels, its tables and its pictures, in order. */
function shape(body: string): string[] {
  return body
    .split('\n')
    .filter((l) => /^(#{2,3} |\| ---|!\[)/.test(l))
    .map((l) =>
      l.startsWith('|') ? 'table' : l.startsWith('!') ? 'picture' : (l.split(' ')[0] ?? ''),
    )
}

describe('manual content', () => {
  it('has the same topics, in the same order, in Thai and English', () => {
    assert.ok(th.length >= 9)
    assert.deepEqual(
      th.map((t) => [t.slug, t.order, t.audience]),
      en.map((t) => [t.slug, t.order, t.audience]),
    )
  })

  it('gives each topic the same structure in both languages', () => {
    for (const t of th) {
      const e = en.find((x) => x.slug === t.slug)
      assert.ok(e, `${t.slug}: no English topic`)
      assert.deepEqual(shape(e.body), shape(t.body), `${t.slug}: Thai and English differ in shape`)
    }
  })

  it('names only pictures that exist, each with alt text', () => {
    for (const t of [...th, ...en]) {
      for (const token of t.body.matchAll(/!\[([^\]]*)\]\(([^)]*)\)/g)) {
        assert.ok(
          (token[1] ?? '').trim().length > 0,
          `${t.locale}/${t.slug}: a picture without alt text`,
        )
        const file = /images\/([a-z0-9-]+\.png)$/.exec(token[2] ?? '')?.[1]
        assert.ok(file, `${t.locale}/${t.slug}: picture ${token[2]} is not in manual/images`)
        assert.ok(
          existsSync(join(MANUAL_IMAGES_DIR, file)),
          `${t.locale}/${t.slug}: ${file} missing`,
        )
      }
    }
  })

  it('links between topics land on an existing topic and heading', () => {
    for (const topics of [th, en]) {
      for (const t of topics) {
        for (const href of referencesOf(t.body).links) {
          const m = /^(?:\.\/)?([a-z0-9-]+)\.md(?:#(.*))?$/.exec(href)
          if (!m) continue
          const target = topics.find((x) => x.slug === m[1])
          assert.ok(target, `${t.locale}/${t.slug}: links to a missing topic ${href}`)
          if (m[2]) {
            const ids = renderTopic(target.body).headings.map((h) => h.id)
            assert.ok(ids.includes(m[2]), `${t.locale}/${t.slug}: no heading #${m[2]} in ${m[1]}`)
          }
        }
      }
    }
  })

  it('renders raw HTML in the Markdown as text, never as markup', () => {
    const { html } = renderTopic('## Title\n\n<script>alert(1)</script> <b>x</b>')
    assert.doesNotMatch(html, /<script>|<b>/)
    assert.match(html, /&lt;script&gt;/)
  })
})

describe('manual search', () => {
  it('cuts Thai into words, so a word inside a longer run is found', () => {
    assert.deepEqual(words('ใช้แอปเป๋าตังยืนยันตัวตน', 'th').includes('เป๋า'), true)
    const index = buildIndex(th, 'th')
    const hits = index.search('เป๋าตัง')
    assert.ok(hits.length > 0)
    assert.ok(hits.some((h) => h.slug === 'register-person'))
    assert.ok(hits[0]?.excerpt.includes('เป๋าตัง'))
  })

  it('finds English words, ranks a heading match first, and finds nothing for nonsense', () => {
    const index = buildIndex(en, 'en')
    const hits = index.search('signing clause')
    assert.equal(hits[0]?.slug, 'register-company')
    assert.deepEqual(index.search('zzqxv'), [])
    assert.deepEqual(index.search('   '), [])
  })
})

describe('the manual in context', () => {
  const views = (topics: typeof th) =>
    topics.map((t) => ({ ...t, ...renderTopic(t.body), html: '' }))
  const topics = { th: views(th), en: views(en) }
  const steps = [
    ...['details', 'confirm-email', 'verify', 'your-details', 'check', 'done'].map(
      (s) => `/register/person/${s}`,
    ),
    ...['company', 'verify', 'signers', 'contact', 'confirm-email', 'check', 'status', 'done'].map(
      (s) => `/register/company/${s}`,
    ),
  ]

  it('links every journey step to a heading of its topic, in both languages', () => {
    for (const locale of ['th', 'en'] as const) {
      for (const path of steps) {
        const help = helpFor(topics, path, locale)
        assert.ok(help, `${locale} ${path}: no manual section`)
        const [page, id] = help.href.split('#')
        const topic = topics[locale].find((t) => `/manual/${t.slug}` === page)
        assert.ok(topic && id && topic.headings.some((h) => h.id === id), `${locale} ${path}`)
      }
    }
  })

  it("links each change of a registration's later life to its topic, in both languages", () => {
    const pages: Record<string, string> = {
      contact: 'changing-your-details',
      refresh: 'updating-from-source',
      reactivate: 'reactivating-a-registration',
      cancel: 'cancelling-a-registration',
      broker: 'customs-brokers',
      renew: 'broker-renewal',
    }
    for (const locale of ['th', 'en'] as const)
      for (const [change, slug] of Object.entries(pages)) {
        const help = helpFor(topics, `/account/registrations/0190abcd/${change}`, locale)
        assert.equal(help?.href.split('#')[0], `/manual/${slug}`, `${locale} ${change}`)
        assert.ok(
          topics[locale].some((t) => t.slug === slug),
          `${locale}: no topic ${slug}`,
        )
      }
  })

  it('links each error status to its own section of the error topic', () => {
    const ids = new Set<string>()
    for (const status of Object.keys(ERROR_SECTIONS).map(Number)) {
      const help = helpFor(topics, '/anything', 'en', status)
      assert.match(help?.href ?? '', /^\/manual\/error-pages#/)
      ids.add(help?.href ?? '')
    }
    assert.equal(ids.size, Object.keys(ERROR_SECTIONS).length)
    assert.match(helpFor(topics, '/x', 'en', 404)?.href ?? '', /#page-not-found-404$/)
  })

  it('gives no link on a page the manual does not cover', () => {
    assert.equal(helpFor(topics, '/simulators/clock', 'th'), undefined)
  })
})
