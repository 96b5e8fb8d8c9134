/**
 * Hands the main thread back to the browser until a task of its own: between the parts of a long piece of work, the
 * page can paint and answer a tap. `scheduler.yield()` where the browser has it (the work resumes before other queued
 * work), a timer elsewhere.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (scheduler?.yield) return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}
