import { BatchQueue } from '../../../platform/batch.js'
import { decideBatch } from './decide.js'
import type { SubmitDeps, SubmitInput, SubmitResult } from './types.js'

export type { SubmitDeps, SubmitResult } from './types.js'

/** At most this many submits are decided in one statement. */
const MAX_BATCH = 32
/** Batches in flight at once: one being read and signed while another commits. */
const MAX_RUNNING = 2
const queues = new WeakMap<SubmitDeps, BatchQueue<SubmitInput, SubmitResult>>()

/**
 * Decides the application, once. A retried or double-clicked submit returns the first
 * decision; the unique constraints stop a second one under concurrency.
 *
 * Submits that arrive while others are being decided are decided together (a group commit):
 * one read for all of them, the signatures in Node, then ONE statement that writes the rows of
 * the whole batch (docs/adr/0014). Each submit still gets its own decision, receipt, mail,
 * journey events and audit event, and none is answered before that statement has committed.
 * A lone submit is decided at once.
 */
export function submitApplication(
  deps: SubmitDeps,
  applicationId: string,
  submitKey: string,
  requestId: string,
): Promise<SubmitResult> {
  let queue = queues.get(deps)
  if (!queue) {
    queue = new BatchQueue((items) => decideBatch(deps, items), {
      maxBatch: MAX_BATCH,
      maxRunning: MAX_RUNNING,
    })
    queues.set(deps, queue)
  }
  return queue.add({ applicationId, submitKey, requestId })
}
