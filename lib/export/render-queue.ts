/** Thrown when as many pictures are waiting as the queue holds: the caller answers 503 with Retry-After. */
export class QueueFull extends Error {}

/**
 * Runs at most `limit` tasks at once and holds up to `waiting` more in order; past that it refuses
 * at once. Drawing a picture takes a thread and up to a few hundred MB (at density 4) for a while: bounding both keeps a burst
 * of cold images from starving every other request of threads and the process of memory.
 */
export function boundedQueue(limit: number, waiting: number) {
  let running = 0;
  const queue: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running < limit) running++;
    else if (queue.length < waiting) await new Promise<void>((resolve) => queue.push(resolve));
    else throw new QueueFull();
    try {
      return await task();
    } finally {
      // The next in line takes this slot; with none waiting it is freed.
      const next = queue.shift();
      if (next) next();
      else running--;
    }
  };
}
