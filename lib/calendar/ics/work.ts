/**
 * Work that can pause: a generator that yields between small steps. The same code runs to the
 * end at once (runToEnd, for the synchronous API) or in time slices that let other tasks run
 * in between (runInSlices, for the background).
 */
export type Work<T = void> = Generator<void, T, void>;

export function runToEnd<T>(work: Work<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Time spent giving way, so that deadlines count only the time spent working. */
export interface WorkClock {
  pausedMs: number;
}

export interface SliceOptions {
  /** Longest stretch of work before giving way (default 20 ms). */
  sliceMs?: number;
  /** How to give way (default: a zero-delay timer, so queued messages run first). */
  giveWay?: () => Promise<void>;
  now?: () => number;
}

const giveWayByTimer = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs `work`, giving way every `sliceMs` milliseconds. */
export async function runInSlices<T>(work: Work<T>, options: SliceOptions = {}, clock?: WorkClock): Promise<T> {
  const sliceMs = options.sliceMs ?? 20;
  const giveWay = options.giveWay ?? giveWayByTimer;
  const now = options.now ?? (() => performance.now());
  let sliceStart = now();
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (now() - sliceStart >= sliceMs) {
      const pausedAt = now();
      await giveWay();
      sliceStart = now();
      if (clock) clock.pausedMs += sliceStart - pausedAt;
    }
  }
}
