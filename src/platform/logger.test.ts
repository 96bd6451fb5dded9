import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { describe, it } from 'node:test'
import { createLogger, scrubText, scrubUrl } from './logger.js'

function capture() {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString())
      cb()
    },
  })
  return { logger: createLogger({ level: 'info', destination: stream }), lines }
}

describe('logs never carry a national ID', () => {
  it('scrubs every spelling: plain, spaced, dashed and Thai digits', () => {
    for (const spelling of [
      '1103702071563',
      '1 1037 02071 56 3',
      '1-1037-02071-56-3',
      '๑๑๐๓๗๐๒๐๗๑๕๖๓',
    ]) {
      assert.equal(scrubText(`id=${spelling}.`), 'id=[national-id].')
    }
  })

  it('leaves other numbers alone', () => {
    assert.equal(
      scrubText('took 1795651343361 ms? no: 12345678901234 and 42'),
      'took [national-id] ms? no: 12345678901234 and 42',
    )
  })

  it('scrubs messages, nested fields and errors', () => {
    const { logger, lines } = capture()
    logger.info({ form: { typed: '1-1037-02071-56-3' } }, 'looked up 1103702071563')
    logger.error({ err: new Error('duplicate key (1103702071563)') }, 'failed')
    const all = lines.join('')
    assert.doesNotMatch(all, /1103702071563|1-1037-02071-56-3/)
    assert.match(all, /\[national-id\]/)
  })

  it('redacts cookies and passwords', () => {
    const { logger, lines } = capture()
    logger.info(
      { req: { headers: { cookie: 'ctp_sid=secret' } }, user: { password: 'hunter2' } },
      'x',
    )
    assert.doesNotMatch(lines.join(''), /secret|hunter2/)
  })

  it('keeps one-time links and authorization codes out of logged URLs', () => {
    assert.equal(scrubUrl('/ekyc/go/abcDEF123_-x?lang=en'), '/ekyc/go/[token]?lang=en')
    assert.equal(
      scrubUrl('/ekyc/callback?code=secret&state=s3&iss=x'),
      '/ekyc/callback?code=[redacted]&state=[redacted]&iss=x',
    )
    assert.equal(scrubUrl('/register/person/resume/tok'), '/register/person/resume/[token]')
    assert.equal(scrubUrl('/verify/r1/print'), '/verify/[token]/print')
    assert.equal(
      scrubUrl('/register/company/sign/tok123/renew'),
      '/register/company/sign/[token]/renew',
    )
    assert.equal(scrubUrl('/authority/accept/tok456'), '/authority/accept/[token]')
  })
})
