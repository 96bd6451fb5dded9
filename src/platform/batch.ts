/**
 * Runs work that arrives concurrently in batches ("group commit"): while `maxRunning` batches
 * are in flight, new items wait, and the next batch takes every waiting item (up to
 * `maxBatch`). A lone item runs at once, so a quiet system adds no delay; a busy one pays one
 * read and one transaction per batch instead of per item. While a batch is in flight, the next
 * one starts only after the current turn of the event loop (setImmediate), so that the requests
 * that arrived together go together instead of the first of them alone (measured: most second
 * batches held one submit before). `run` settles every item it is given.
 */
export interface BatchItem<I, O> {
  input: I
  resolve: (value: O) => void
  reject: (err: unknown) => void
}

export class BatchQueue<I, O> {
  private waiting: BatchItem<I, O>[] = []
  private running = 0
  private deferred = false

  constructor(
    private readonly run: (items: BatchItem<I, O>[]) => Promise<void>,
    private readonly opts: { maxBatch: number; maxRunning: number },
  ) {}

  add(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject })
      this.pump()
    })
  }

  private pump(): void {
    if (this.running > 0) {
      // Another batch is in flight: start the next one after the items that arrive in the same
      // turn of the event loop have joined it, rather than with the first of them alone.
      if (!this.deferred && this.running < this.opts.maxRunning && this.waiting.length > 0) {
        this.deferred = true
        setImmediate(() => {
          this.deferred = false
          this.startBatches()
        })
      }
      return
    }
    this.startBatches()
  }

  private startBatches(): void {
    while (this.running < this.opts.maxRunning && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.opts.maxBatch)
      this.running++
      this.run(batch)
        .catch((err: unknown) => {
          // run settles its items itself; a throw is a fault that must not leave one hanging.
          for (const item of batch) item.reject(err)
        })
        .finally(() => {
          this.running--
          this.pump()
        })
    }
  }
}
