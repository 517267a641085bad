// Waits until `pick` returns something other than undefined (polling), or fails after `ms`.
export async function waitFor<T>(pick: () => T | undefined, ms = 30_000, what = 'the condition'): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = pick();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
