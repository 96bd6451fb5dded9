import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { BatchQueue, type BatchItem } from './batch.js'

/** A run whose batches finish only when the test says so. */
function controlledRun() {
  const batches: number[][] = []
  const finish: (() => void)[] = []
  const run = async (items: BatchItem<number, string>[]) => {
    batches.push(items.map((i) => i.input))
    await new Promise<void>((resolve) => finish.push(resolve))
    for (const item of items) {
      if (item.input < 0) item.reject(new Error(`bad ${item.input}`))
      else item.resolve(`done ${item.input}`)
    }
  }
  return { run, batches, finish }
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('BatchQueue', () => {
  it('runs a lone item at once, and gathers items that arrive while a batch runs into one', async () => {
    const c = controlledRun()
    const q = new BatchQueue(c.run, { maxBatch: 10, maxRunning: 2 })
    const first = q.add(1)
    assert.deepEqual(c.batches, [[1]], 'the first item starts without waiting')
    const rest = [2, 3, 4, 5].map((n) => q.add(n))
    assert.deepEqual(c.batches, [[1]], 'with a batch in flight, the next waits for its turn')
    await tick()
    assert.deepEqual(c.batches, [[1], [2, 3, 4, 5]], 'what arrived in that turn goes together')
    const later = [6, 7].map((n) => q.add(n))
    await tick()
    assert.equal(c.batches.length, 2, 'two batches in flight: the rest wait')
    c.finish[0]?.()
    await tick()
    await tick()
    assert.deepEqual(c.batches, [[1], [2, 3, 4, 5], [6, 7]], 'a finished batch lets the next go')
    c.finish[1]?.()
    c.finish[2]?.()
    assert.deepEqual(
      await Promise.all([first, ...rest, ...later]),
      [1, 2, 3, 4, 5, 6, 7].map((n) => `done ${n}`),
    )
  })

  it('takes no more than maxBatch items at a time', async () => {
    const c = controlledRun()
    const q = new BatchQueue(c.run, { maxBatch: 2, maxRunning: 1 })
    const results = [1, 2, 3, 4].map((n) => q.add(n))
    await tick()
    c.finish[0]?.()
    await tick()
    c.finish[1]?.()
    await tick()
    c.finish[2]?.()
    await Promise.all(results)
    assert.deepEqual(c.batches, [[1], [2, 3], [4]])
  })

  it('settles each item on its own: one failure does not fail the others', async () => {
    const c = controlledRun()
    const q = new BatchQueue(c.run, { maxBatch: 10, maxRunning: 1 })
    const results = [7, -1, 8].map((n) => q.add(n))
    await tick()
    c.finish[0]?.()
    await tick()
    c.finish[1]?.()
    const settled = await Promise.allSettled(results)
    assert.deepEqual(
      settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message)),
      ['done 7', 'bad -1', 'done 8'],
    )
  })

  it('rejects every item of a batch whose run throws, and goes on with the next', async () => {
    let calls = 0
    const q = new BatchQueue<number, number>(
      async (items) => {
        calls++
        if (calls === 1) throw new Error('database down')
        for (const item of items) item.resolve(item.input * 2)
      },
      { maxBatch: 10, maxRunning: 1 },
    )
    const first = q.add(1)
    const second = q.add(2)
    await assert.rejects(first, /database down/)
    assert.equal(await second, 4)
  })
})
