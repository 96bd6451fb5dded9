import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import { runAuditCli, type AuditCliDeps } from './audit.cli.js'
import type { CheckpointSigner } from './audit.checkpoint.js'
import { createSealer } from './audit.sealer.js'
import type { VerifyReport } from './audit.verify.js'
import { addEvents, newAuditSigner, whileTampered } from './test-support/fixtures.js'

let tdb: TestDatabase
let signer: CheckpointSigner

async function run(argv: string[], overrides: Partial<AuditCliDeps> = {}) {
  let output = ''
  const code = await runAuditCli(argv, {
    db: tdb.database.db,
    signer,
    out: (text) => (output += text),
    ...overrides,
  })
  return { code, output }
}

before(async () => {
  tdb = await createTestDatabase()
  signer = newAuditSigner('audit-current')
  await addEvents(tdb.database.db, 3)
})
after(async () => tdb.close())

describe('npm run audit:verify', () => {
  it('seals what is ready with --seal-only, and says the trail is intact with exit code 0', async () => {
    const sealed = await run(['--seal-only'])
    assert.equal(sealed.code, 0)
    assert.match(sealed.output, /sealed 3 events in 1 checkpoints/)
    const checked = await run([])
    assert.equal(checked.code, 0)
    assert.match(checked.output, /checkpoints: 1, events checked: 3/)
    assert.match(checked.output, /OK: the audit trail is intact/)
  })

  it('seals and verifies in one go with --seal', async () => {
    await addEvents(tdb.database.db, 2)
    const result = await run(['--seal'])
    assert.equal(result.code, 0)
    assert.match(result.output, /sealed 2 events in 1 checkpoints/)
    assert.match(result.output, /OK/)
  })

  it('exits 1 and lists the findings when an event was changed', async () => {
    const result = await whileTampered(
      tdb,
      ["UPDATE audit_events SET action = 'x' WHERE seq = 2"],
      (trx) => run([], { db: trx }),
    )
    assert.equal(result.code, 1)
    assert.match(result.output, /TAMPERING FOUND \(event-edited 1\):/)
    assert.match(result.output, /event-edited \[checkpoint 1\]: event .* at seq 2 differs/)
  })

  it('checks a saved export of the published heads with --heads', async () => {
    const saved = JSON.stringify({ checkpoints: [{ number: 1, hash: '0'.repeat(64) }] })
    const result = await run(['--heads', 'saved.json'], { readFile: () => saved })
    assert.equal(result.code, 1)
    assert.match(result.output, /published-head-mismatch/)
  })

  it('trusts a retired key given with --keys, and only then', async () => {
    const retired = newAuditSigner('audit-retired')
    await addEvents(tdb.database.db, 1)
    await createSealer({ db: tdb.database.db, signer: retired }).sealOnce()
    const without = await run([])
    assert.equal(without.code, 1)
    assert.match(without.output, /key audit-retired, which is not a trusted audit key/)
    const jwks = JSON.stringify({ keys: [retired.publicJwk] })
    const withKeys = await run(['--keys', 'jwks.json'], { readFile: () => jwks })
    assert.equal(withKeys.code, 0, withKeys.output)
  })

  it('prints the report as JSON with --json', async () => {
    const result = await run(['--json', '--keys', 'k'], {
      readFile: () => JSON.stringify({ keys: [] }),
    })
    const report = JSON.parse(result.output) as VerifyReport
    assert.equal(report.ok, false)
    assert.equal(report.checkpoints, 3)
  })

  it('exits 2 on an unknown option', async () => {
    const result = await run(['--frobnicate'])
    assert.equal(result.code, 2)
    assert.match(result.output, /Usage: npm run audit:verify/)
  })
})
