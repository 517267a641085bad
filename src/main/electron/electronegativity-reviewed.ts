// Electronegativity findings of medium severity or higher that were reviewed and are safe as written, with why.
// electronegativity.test.ts fails on any other finding, and on an entry here that no longer matches one.
// Fixed instead of explained (issue 16): AUXCLICK_JS_CHECK (the window sets disableBlinkFeatures: 'Auxclick'), and
// two of the three OPEN_EXTERNAL_JS_CHECK findings (every hand-off to the browser now goes through openOutside()).

export interface Reviewed {
  check: string;
  /** As the tool prints it, relative to src/. */
  file: string;
  /** Part of the flagged line (line numbers move; the code does not). */
  sample: string;
  why: string;
}

export const REVIEWED: readonly Reviewed[] = [
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/electron/main.ts',
    sample: 'shell.openExternal(d.url)',
    why:
      'The one call, inside openOutside(): the address has passed decideExternal() (external-links.ts, unit-tested): https only, ' +
      'no credentials in it, opened at once only for Hearth’s own hosts, after a dialog naming the host for any other, never for ' +
      'file:, smb: or custom schemes that could start programs.',
  },
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'main/electron/main.ts',
    sample: "preload: join(here, 'preload.cjs')",
    why:
      'The preload runs sandboxed with contextIsolation and exposes only one invoke per contract request name (a fixed list) and one ' +
      'event subscription filtered to contract event names; no ipcRenderer, no Node. The main process checks every IPC sender ' +
      '(sender.ts) and validates every payload with the contract’s zod schemas.',
  },
];
