// Types for `@alcalzone/proper-lockfile` (it ships none): only what Hearth uses.
declare module '@alcalzone/proper-lockfile' {
  /** Releases a lock this process holds (rejects with code ENOTACQUIRED when it holds none for that file). */
  export function unlock(file: string, options?: { realpath?: boolean }): Promise<void>;
}
