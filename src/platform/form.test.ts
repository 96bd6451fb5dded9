import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import Fastify from 'fastify'
import { form, formText, formValue, type FormBody, type Parsed } from './form.js'

function parseAge(body: FormBody): Parsed<number, 'age.required'> {
  const age = Number(formText(body, 'age'))
  if (!Number.isInteger(age) || age <= 0)
    return { ok: false, problems: [{ field: 'age', key: 'age.required' }], values: { age: '' } }
  return { ok: true, value: age }
}

async function appWith(handlerParse = parseAge) {
  const app = Fastify()
  let handled = 0
  app.post(
    '/age',
    {
      preHandler: [
        form(parseAge, async (_request, reply, invalid) =>
          reply.code(400).send({ problems: invalid.problems.map((p) => p.key) }),
        ),
      ],
    },
    async (request) => {
      handled += 1
      return { age: formValue(request, handlerParse) }
    },
  )
  await app.ready()
  return { app, handled: () => handled }
}

describe('form(parse, page)', () => {
  it('re-renders an invalid form on its page and does not run the handler', async () => {
    const { app, handled } = await appWith()
    const res = await app.inject({ method: 'POST', url: '/age', payload: { age: 'x' } })
    assert.equal(res.statusCode, 400)
    assert.deepEqual(res.json(), { problems: ['age.required'] })
    assert.equal(handled(), 0)
    await app.close()
  })

  it('hands the parsed value to the handler', async () => {
    const { app, handled } = await appWith()
    const res = await app.inject({ method: 'POST', url: '/age', payload: { age: ' 42 ' } })
    assert.equal(res.statusCode, 200)
    assert.deepEqual(res.json(), { age: 42 })
    assert.equal(handled(), 1)
    await app.close()
  })

  it('refuses to hand over a value that another parser made', async () => {
    const other = (body: FormBody) => parseAge(body)
    const { app } = await appWith(other)
    const res = await app.inject({ method: 'POST', url: '/age', payload: { age: '42' } })
    assert.equal(res.statusCode, 500)
    await app.close()
  })
})
