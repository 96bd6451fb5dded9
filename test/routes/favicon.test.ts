import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
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

describe('a favicon', () => {
  it('answers /favicon.ico with an icon, and every page links to it and to the SVG', async () => {
    const ico = await app.inject('/favicon.ico')
    assert.equal(ico.statusCode, 200)
    assert.match(String(ico.headers['content-type']), /image\/(x-icon|vnd\.microsoft\.icon)/)
    assert.equal(ico.rawPayload.readUInt16LE(2), 1, 'an ICO header')
    const svg = await app.inject('/assets/favicon.svg')
    assert.equal(svg.statusCode, 200)
    assert.match(String(svg.headers['content-type']), /image\/svg\+xml/)
    const home = await app.inject('/')
    assert.match(home.body, /<link rel="icon" href="\/favicon.ico" sizes="any"\/?>/)
    assert.match(
      home.body,
      /<link rel="icon" href="\/assets\/favicon.svg" type="image\/svg\+xml"\/?>/,
    )
  })
})
