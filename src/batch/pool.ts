// A fixed-size pool of node:worker_threads workers, jobs queued in the order they are submitted. Each
// worker runs one job at a time and, while jobs are plenty, holds one more, sent while it works on the
// first, so that it starts the next as soon as it posts a result instead of waiting for the main thread
// to read that result and answer (the main thread may be busy appending an earlier document to the run's
// files). A
// worker that dies (an uncaught error, out of memory) fails only the job it was running, and is replaced;
// the job it held but had not started goes back to the front of the queue. A worker script that cannot
// even start fails every job with its error instead of being restarted for ever.
//
// The protocol: the worker script posts READY once its modules are loaded, then answers each job
// message with exactly one result message, in the order the jobs were sent, running one at a time.
import { Worker, type ResourceLimits } from 'node:worker_threads';

interface Task<J, R> {
  job: J;
  transfer: ArrayBuffer[];
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

interface Slot<J, R> {
  worker: Worker;
  /** The jobs sent to the worker and not yet answered, oldest first: the first is the one it runs. */
  tasks: Task<J, R>[];
  /** Whether the worker posted READY: one that dies before it could not start at all. */
  ready: boolean;
}

export const READY = 'policy-extract-worker-ready';

/** Jobs a worker holds at once: the one it runs and the next. */
const JOBS_PER_WORKER = 2;

/**
 * Whether this process can start worker threads. A process started from the command line's startup
 * snapshot cannot (Node.js 20 starts no worker in it): there, a batch that needs them stops before it
 * does anything, with WorkerThreadsUnavailable, and the command is run again without the snapshot.
 */
export const workerThreads = { available: true };

export class WorkerThreadsUnavailable extends Error {
  constructor() {
    super('worker threads cannot start in this process');
  }
}

/** Worker startup failures in a row after which the pool gives up. */
const MAX_FAILED_STARTS = 3;

export class WorkerPool<J, R> {
  private readonly slots: Slot<J, R>[] = [];
  private readonly queue: Task<J, R>[] = [];
  private failedStarts = 0;
  private closed = false;
  private fatal: Error | null = null;

  constructor(
    private readonly script: URL,
    readonly size: number,
    /** V8 heap limits of each worker: a job that exceeds them fails with ERR_WORKER_OUT_OF_MEMORY. */
    private readonly resourceLimits: ResourceLimits = {},
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`a worker pool needs at least one worker, not ${size}`);
  }

  /**
   * Starts every worker now, so that each loads its modules while the first files are read rather than
   * after its first job arrives. Workers last until close: one start per pool, whatever the number of jobs.
   */
  start(): void {
    while (!this.closed && !this.fatal && this.slots.length < this.size) this.spawn();
  }

  /** Runs a job on the next free worker; `transfer` lists buffers to move rather than copy. */
  run(job: J, transfer: ArrayBuffer[] = []): Promise<R> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ job, transfer, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs still queued or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = new Error('the worker pool was closed');
    for (const task of this.queue.splice(0)) task.reject(stopped);
    const slots = this.slots.splice(0);
    for (const slot of slots) for (const task of slot.tasks.splice(0)) task.reject(stopped);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      // An idle worker first, then a new one, then one that is working but holds no next job: the last
      // only while jobs are plenty (as many waiting as there are workers), so that the last jobs of a
      // batch go to whichever worker is free first instead of waiting behind another's.
      let slot = this.slots.find((s) => s.tasks.length === 0);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot && this.queue.length >= this.size) slot = this.slots.find((s) => s.tasks.length < JOBS_PER_WORKER);
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.tasks.push(task);
      slot.worker.postMessage(task.job, task.transfer);
    }
  }

  private spawn(): Slot<J, R> {
    const worker = new Worker(this.script, { resourceLimits: this.resourceLimits });
    const slot: Slot<J, R> = { worker, tasks: [], ready: false };
    this.slots.push(slot);
    worker.on('message', (message: R | typeof READY) => {
      if (!slot.ready && message === READY) {
        slot.ready = true;
        this.failedStarts = 0;
        return;
      }
      slot.tasks.shift()?.resolve(message as R);
      this.dispatch();
    });
    let failure: Error | null = null;
    worker.on('error', (error) => {
      failure = error instanceof Error ? error : new Error(String(error));
    });
    worker.on('exit', (code) => {
      const index = this.slots.indexOf(slot);
      if (index === -1) return; // closed
      this.slots.splice(index, 1);
      const error = failure ?? new Error(`a worker stopped unexpectedly (exit code ${code})`);
      // The job it was running fails; the one it held had not started, and is run by another worker.
      const [running, ...held] = slot.tasks.splice(0);
      running?.reject(error);
      this.queue.unshift(...held);
      if (!slot.ready && ++this.failedStarts >= MAX_FAILED_STARTS) {
        this.fatal = new Error(`the worker threads cannot start: ${error.message}`);
        for (const task of this.queue.splice(0)) task.reject(this.fatal);
        return;
      }
      this.dispatch();
    });
    return slot;
  }
}
