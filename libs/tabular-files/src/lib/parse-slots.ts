/**
 * How many files this process parses at once: each parse may hold a workbook of up to the ZIP limit in
 * memory. A caller past the bound waits for a slot rather than being refused: a parse within the limits
 * takes seconds, well inside the gateway's request timeout, and a refusal would only make the uploader retry.
 */
export const MAX_CONCURRENT_PARSES = 2;

let running = 0;
const waiting: Array<() => void> = [];

/** Runs `parse` once fewer than `MAX_CONCURRENT_PARSES` parses are running, in arrival order. */
export async function parseSlot<T>(parse: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_PARSES) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await parse();
  } finally {
    // The slot passes straight to the next waiter, so `running` stays counted for it.
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}
