import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { createCheckpointSigner, createSealer } from '../../src/features/audit-trail/index.js'
import { OFFICER_PATHS } from '../../src/features/back-office/index.js'
import {
  auditCsvWriter,
  exportAuditEvents,
} from '../../src/features/back-office/audit/auditor.service.js'
import type {
  OfficerClient,
  TestOfficer,
} from '../../src/features/officers/test-support/officers.js'
import {
  addOfficer,
  insertRegistrant,
  signIn,
} from '../../src/features/officers/test-support/officers.js'
import type { Config } from '../../src/config.js'
import { recordAudit } from '../../src/platform/audit.js'
import { ForbiddenError } from '../../src/platform/errors.js'
import { newId } from '../../src/platform/ids.js'
import { businessDate, formatDateInput } from '../../src/platform/time.js'
import { createPiiCrypto, type PiiCrypto } from '../../src/platform/pii-crypto.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import { idFactory } from '../helpers/journey.js'

let tdb: TestDatabase
let app: FastifyInstance
let config: Config
let crypto: PiiCrypto
let auditorOfficer: TestOfficer
let auditor: OfficerClient
let integrity: OfficerClient
let registry: OfficerClient
let helpDesk: OfficerClient
let person: string
const freshId = idFactory('6')
const mark = `t${process.pid}`
const subject = newId()

before(async () => {
  tdb = await createTestDatabase()
  config = testConfig()
  crypto = createPiiCrypto({ encryption: config.secrets.encryption, hmac: config.secrets.hmac })
  app = await buildTestApp(tdb.database, { config })
  await app.ready()
  auditorOfficer = await addOfficer(app, tdb.database.db, 'audit.reader', ['auditor'])
  auditor = await signIn(app, auditorOfficer)
  integrity = await signIn(
    app,
    await addOfficer(app, tdb.database.db, 'audit.integrity', ['integrity_risk']),
  )
  registry = await signIn(
    app,
    await addOfficer(app, tdb.database.db, 'audit.registry', ['registry_officer']),
  )
  helpDesk = await signIn(
    app,
    await addOfficer(app, tdb.database.db, 'audit.helpdesk', ['help_desk']),
  )
  person = await insertRegistrant(tdb.database.db, crypto, {
    nationalId: freshId(),
    firstTh: 'ตรวจสอบ',
    lastTh: 'บันทึก',
    email: `auditor.${process.pid}@example.com`,
  })
  // Events an officer could have typed into: reasons that a spreadsheet would run as formulas.
  const hostile = [
    '=HYPERLINK("http://evil.example","x")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    'ปกติ, "ในเครื่องหมาย"',
  ]
  for (const [i, reason] of hostile.entries())
    await recordAudit(tdb.database.db, {
      actorType: 'officer',
      actorId: newId(),
      actorRole: i % 2 ? 'data_protection,registry_officer' : 'registry_officer',
      action: `${mark}.probe`,
      subjectType: 'person',
      subjectId: subject,
      outcome: i === 0 ? 'refused' : 'ok',
      data: { i },
      details: { reason, ip: '192.0.2.7' },
    })
  for (let i = 0; i < 55; i++)
    await recordAudit(tdb.database.db, { actorType: 'system', action: `${mark}.bulk`, data: { i } })
})
after(async () => {
  await app.close()
  await tdb.close()
})

function rows(html: string): string[] {
  return [...html.matchAll(/<tr data-action="([^"]+)" data-seq="(\d+)"/g)].map((m) => m[1] ?? '')
}

describe('the auditor: events', () => {
  it('lists the newest events and records the viewing', async () => {
    const res = await auditor.get(OFFICER_PATHS.auditEvents)
    assert.equal(res.statusCode, 200)
    assert.equal(rows(res.body).length, 50)
    const viewed = await tdb.database.db
      .selectFrom('audit_events')
      .select('data')
      .where('action', '=', 'audit.events_viewed')
      .where('actor_id', '=', auditorOfficer.id)
      .execute()
    assert.ok(viewed.length >= 1)
  })

  it('filters by action (exactly or by its beginning), subject, outcome, role and dates', async () => {
    const q = (query: string) => auditor.get(`${OFFICER_PATHS.auditEvents}?${query}`)
    assert.equal(rows((await q(`action=${mark}.probe`)).body).length, 5)
    assert.equal(rows((await q(`action=${mark}.*`)).body).length, 50)
    assert.equal(rows((await q(`subjectType=person&subjectId=${subject}`)).body).length, 5)
    assert.equal(rows((await q(`subjectId=${subject}&outcome=refused`)).body).length, 1)
    assert.equal(rows((await q(`subjectId=${subject}&role=data_protection`)).body).length, 2)
    assert.equal(rows((await q(`subjectId=${subject}&actorType=system`)).body).length, 0)
    const d = formatDateInput(businessDate(new Date()), 'th')
    assert.equal(rows((await q(`subjectId=${subject}&from=${d}&to=${d}`)).body).length, 5)
    assert.equal(rows((await q(`subjectId=${subject}&to=1/1/2560`)).body).length, 0)
    // Nothing like a LIKE wildcard slips through an exact or prefix match.
    assert.equal(rows((await q(`action=${mark}_probe`)).body).length, 0)
  })

  it('pages back through older events by seq', async () => {
    const first = await auditor.get(`${OFFICER_PATHS.auditEvents}?action=${mark}.bulk`)
    assert.equal(rows(first.body).length, 50)
    const older = /href="(\/officer\/audit\/events\?[^"]*before=\d+)"/.exec(first.body)?.[1]
    assert.ok(older, 'a link to older events')
    const second = await auditor.get(older.replace(/&amp;/g, '&'))
    assert.equal(rows(second.body).length, 5)
    assert.ok(second.body.includes('กลับไปรายการล่าสุด'))
    const seqs = [first.body, second.body].flatMap((b) =>
      [...b.matchAll(/data-seq="(\d+)"/g)].map((m) => Number(m[1])),
    )
    assert.deepEqual(
      seqs,
      [...seqs].sort((a, b) => b - a),
      'newest first, no overlap',
    )
    assert.equal(new Set(seqs).size, 55)
  })

  it('shows the problems of a filter that does not parse', async () => {
    const res = await auditor.get(
      `${OFFICER_PATHS.auditEvents}?from=31/2/2569&to=x&action=DROP%20TABLE&role=boss&subjectId=%3Cscript%3E`,
    )
    assert.equal(res.statusCode, 400)
    for (const field of ['from', 'to', 'action', 'role', 'subjectId'])
      assert.ok(res.body.includes(`href="#${field}"`), field)
    assert.ok(!res.body.includes('<script>'), 'what was typed is escaped')
    const order = await auditor.get(`${OFFICER_PATHS.auditEvents}?from=2/1/2569&to=1/1/2569`)
    assert.equal(order.statusCode, 400)
    assert.ok(order.body.includes('วันที่เริ่มต้องไม่หลังวันที่สิ้นสุด'))
  })
})

describe('the auditor: CSV export', () => {
  it('exports the filtered events with a header, a BOM, quoting and formulas made inert', async () => {
    const res = await auditor.get(`${OFFICER_PATHS.auditExport}?subjectId=${subject}`)
    assert.equal(res.statusCode, 200)
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/)
    assert.match(
      String(res.headers['content-disposition']),
      /^attachment; filename="audit-events-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    const body = res.body
    assert.ok(body.startsWith('\ufeff'), 'a BOM, so that spreadsheets read Thai')
    const lines = body.slice(1).trimEnd().split('\r\n')
    assert.equal(
      lines[0],
      'seq,occurred_at,actor_type,actor_id,actor_role,action,subject_type,subject_id,outcome,request_id,data,reason',
    )
    assert.equal(lines.length, 6)
    // Each hostile cell begins with ' (inside quotes when it needed quoting).
    assert.ok(body.includes(`"'=HYPERLINK(""http://evil.example"",""x"")"`))
    assert.ok(body.includes(",'+1+1\r\n"))
    assert.ok(body.includes(",'-2+3\r\n"))
    assert.ok(body.includes(",'@SUM(A1)\r\n"))
    assert.ok(body.includes(',"ปกติ, ""ในเครื่องหมาย"""\r\n'), 'commas and quotes are quoted')
    for (const line of lines.slice(1)) {
      const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []
      for (const cell of cells) assert.doesNotMatch(cell, /^"?[=+\-@]/, line)
    }
    const exported = await tdb.database.db
      .selectFrom('audit_events')
      .select('data')
      .where('action', '=', 'audit.events_exported')
      .where('actor_id', '=', auditorOfficer.id)
      .executeTakeFirstOrThrow()
    assert.deepEqual((exported.data as { filter?: unknown }).filter, { subjectId: subject })
  })

  it('guards every cell a spreadsheet could run, including tab and carriage return', async () => {
    const csv = auditCsvWriter()
    const chunks: Buffer[] = []
    csv.on('data', (c: Buffer) => chunks.push(c))
    const done = new Promise((r) => csv.on('end', r))
    csv.write(['1', '=1+1', '+A1', '-A1', '@A1', '\t=1', '\r=1', 'ok', '', '', '{}', 'a=b'])
    csv.end()
    await done
    const text = Buffer.concat(chunks).toString('utf8')
    const record = text.split('\r\n')[1] ?? ''
    assert.ok(record.startsWith("1,'=1+1,'+A1,'-A1,'@A1,"), record)
    assert.ok(!/,[\t\r]=1/.test(record))
    assert.ok(record.endsWith(',ok,,,{},a=b'), record)
  })

  it('refuses the export to anyone without the permission, in the route and in the service', async () => {
    for (const client of [registry, helpDesk, integrity]) {
      assert.equal((await client.get(OFFICER_PATHS.auditExport)).statusCode, 403)
      assert.equal((await client.get(OFFICER_PATHS.auditEvents)).statusCode, 403)
    }
    await assert.rejects(
      exportAuditEvents(
        { db: tdb.database.db, crypto, publicBaseUrl: 'http://localhost' },
        { officerId: newId(), roles: ['registry_officer'], requestId: 't', ip: '127.0.0.1' },
        {},
        () => undefined,
      ),
      ForbiddenError,
    )
  })
})

describe('the auditor: verification', () => {
  it('verifies the trail with the configured key, shows the latest heads, and records the run', async () => {
    await createSealer({
      db: tdb.database.db,
      signer: createCheckpointSigner(config.secrets.auditSigning),
    }).sealOnce()
    const page = await auditor.get(OFFICER_PATHS.auditVerify)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /data-heads/)
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? ''
    const run = await auditor.postWithToken(OFFICER_PATHS.auditVerify, { _csrf: token })
    assert.equal(run.statusCode, 200)
    assert.match(run.body, /data-verified="ok"/)
    const recorded = await tdb.database.db
      .selectFrom('audit_events')
      .select(['data', 'outcome'])
      .where('action', '=', 'audit.trail_verified')
      .where('actor_id', '=', auditorOfficer.id)
      .executeTakeFirstOrThrow()
    assert.equal(recorded.outcome, 'ok')
    assert.ok(((recorded.data as { checkpoints?: number }).checkpoints ?? 0) >= 1)
  })

  it('lets the integrity officer verify, but not the registry or help desk', async () => {
    assert.equal((await integrity.get(OFFICER_PATHS.auditVerify)).statusCode, 200)
    for (const client of [registry, helpDesk])
      assert.equal((await client.get(OFFICER_PATHS.auditVerify)).statusCode, 403)
  })
})

describe('the auditor: read only', () => {
  it('may read a registrant but never reveal, and has no counter', async () => {
    const page = await auditor.get(OFFICER_PATHS.person(person))
    assert.equal(page.statusCode, 200)
    assert.ok(!page.body.includes(OFFICER_PATHS.reveal(person)), 'no reveal form')
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? ''
    const reveal = await auditor.postWithToken(OFFICER_PATHS.reveal(person), {
      _csrf: token,
      reason: 'investigation',
      reasonText: 'ตรวจสอบภายในตามแผนประจำปี',
    })
    assert.equal(reveal.statusCode, 403)
    assert.equal((await auditor.get(OFFICER_PATHS.counter)).statusCode, 403)
    const home = await auditor.get(OFFICER_PATHS.home)
    assert.ok(home.body.includes(`href="${OFFICER_PATHS.auditEvents}"`))
    assert.ok(home.body.includes(`href="${OFFICER_PATHS.auditVerify}"`))
  })
})
