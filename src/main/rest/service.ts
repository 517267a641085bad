// Settings → API as the core sees it: whether the local API is on (the setting, or --api for the run), whether
// the desktop app's listener reaches the network, its tokens, and where it answers. The host that serves it
// (the hub's own server, or the desktop app's listener, src/main/rest/listener.ts) attaches what it knows.
import type { ApiStatus, ApiToken } from '../../shared/contract';
import type { Role, Scope } from '../../shared/access';
import type { AppSettings } from '../settings';
import type { ApiTokens, TokenPolicy } from './tokens';

export interface ApiServing {
  url(): string | null;
  fingerprint(): string | null;
  problem(): string | null;
}

export class ApiService {
  readonly tokens: ApiTokens;
  readonly #settings: AppSettings;
  readonly #policy: () => TokenPolicy;
  #forced = false;
  #serving: ApiServing | null = null;
  readonly #listeners = new Set<() => Promise<void>>();

  constructor(d: { settings: AppSettings; tokens: ApiTokens; policy: () => TokenPolicy }) {
    this.tokens = d.tokens;
    this.#settings = d.settings;
    this.#policy = d.policy;
  }

  /** `--api`: on for this run, whatever the setting says. */
  force(): void {
    this.#forced = true;
  }

  enabled(): boolean {
    return this.#forced || this.#settings.get('api.enabled');
  }

  ratePerMinute(): number {
    return this.#settings.get('api.ratePerMinute');
  }

  attach(serving: ApiServing | null): void {
    this.#serving = serving;
  }

  /** Called after Settings → API changes (the desktop listener starts or stops); configure waits for it. */
  onChange(fn: () => Promise<void>): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  status(): ApiStatus {
    const p = this.#policy();
    const enabled = this.enabled();
    const problem = enabled ? (!p.allowed ? p.why : (this.#serving?.problem() ?? null)) : null;
    return {
      enabled,
      forced: this.#forced,
      network: this.#settings.get('api.network'),
      port: this.#settings.get('api.port'),
      url: enabled && this.#serving ? this.#serving.url() : null,
      fingerprint: enabled && this.#serving ? this.#serving.fingerprint() : null,
      allowed: p.allowed,
      problem,
      tokens: { count: this.tokens.count(), limit: p.limit },
    };
  }

  async configure(c: { enabled?: boolean | undefined; network?: boolean | undefined; port?: number | undefined }): Promise<ApiStatus> {
    if (c.enabled !== undefined) this.#settings.set('api.enabled', c.enabled);
    if (c.network !== undefined) this.#settings.set('api.network', c.network);
    if (c.port !== undefined) this.#settings.set('api.port', c.port);
    await Promise.all([...this.#listeners].map((fn) => fn()));
    return this.status();
  }

  listTokens(): ApiToken[] {
    return this.tokens.list();
  }

  createToken(i: { name: string; scope: Scope; role: Role; rooms: readonly string[] }) {
    return this.tokens.create(i);
  }
}
