// The knowledge base: Markdown articles in assets/kb (front matter: id, title, tags), indexed into SQLite FTS5
// (help_fts, migration 007) at start when the files changed, searched with bm25 ranking and highlighted snippets.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HearthError } from '../../../shared/errors';
import type { Article, ArticleHit } from '../../../shared/contract/help';
import { ArticleId } from '../../../shared/contract/help';
import type { Db } from '../../storage/db';

/** Marks around the words found in a snippet (plain text: the renderer turns them into <mark>, never HTML). */
export const HIT_OPEN = '[[';
export const HIT_CLOSE = ']]';

/**
 * Where the articles are: HEARTH_KB_DIR, else the first assets/kb above this module — the project in
 * development and tests (src/main/diagnostics/help), the build (dist/main, dist/main/chunks) run in hub mode, and
 * the packaged app (app.asar/dist/main; electron-builder.yml ships assets/**).
 */
export function findKbDir(env: Readonly<Record<string, string | undefined>> = process.env, from = dirname(fileURLToPath(import.meta.url))): string {
  if (env.HEARTH_KB_DIR) return env.HEARTH_KB_DIR;
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const kb = join(dir, 'assets', 'kb');
    if (existsSync(kb)) return kb;
    if (dirname(dir) === dir) break;
  }
  throw new HearthError('NOT_FOUND', 'The help articles were not found next to Hearth.', 'Reinstall Hearth; the folder assets/kb belongs with it.');
}

/** Reads one article: `---` front matter with id, title and tags ([a, b]), then Markdown. */
export function parseArticle(text: string, file: string): Article {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no front matter (--- id/title/tags ---)`);
  const meta: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^(\w+):\s*(.*)$/.exec(line.trim());
    if (kv) meta[kv[1]!] = kv[2]!.trim();
  }
  const id = ArticleId.safeParse(meta.id);
  if (!id.success) throw new Error(`${file}: front matter needs an id of lower-case words joined by dashes`);
  if (!meta.title) throw new Error(`${file}: front matter needs a title`);
  const tags = (meta.tags ?? '').replace(/^\[|\]$/g, '').split(',').map((t) => t.trim()).filter(Boolean);
  return { id: id.data, title: meta.title.replace(/^["']|["']$/g, ''), tags, markdown: m[2]!.trim() + '\n' };
}

export function loadArticles(dir: string): Article[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const articles = files.map((f) => parseArticle(readFileSync(join(dir, f), 'utf8'), f));
  const seen = new Set<string>();
  for (const a of articles) {
    if (seen.has(a.id)) throw new Error(`Two help articles have the id ${a.id}`);
    seen.add(a.id);
  }
  return articles;
}

/** Words of the body as they are searched: Markdown syntax out (links keep their text). */
function plain(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, (c) => c.replace(/```\w*/g, ''))
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|]/g, ' ')
    .replace(/[ \t]+/g, ' ');
}

export class KnowledgeBase {
  readonly #db: Db;
  readonly #articles = new Map<string, Article>();

  constructor(deps: { db: Db; articles: Article[] }) {
    this.#db = deps.db;
    for (const a of deps.articles) this.#articles.set(a.id, a);
  }

  /** Rebuilds the index when the articles differ from what was indexed; says whether it did. */
  index(): boolean {
    const hash = createHash('sha256').update(JSON.stringify([...this.#articles.values()])).digest('hex');
    const row = this.#db.prepare("SELECT value FROM help_kb WHERE key = 'hash'").get() as { value: string } | undefined;
    if (row?.value === hash) return false;
    const insert = this.#db.prepare('INSERT INTO help_fts (id, title, tags, body) VALUES (?, ?, ?, ?)');
    this.#db.transaction(() => {
      this.#db.exec('DELETE FROM help_fts');
      for (const a of this.#articles.values()) insert.run(a.id, a.title, a.tags.join(' '), plain(a.markdown));
      this.#db.prepare("INSERT INTO help_kb (key, value) VALUES ('hash', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(hash);
    })();
    return true;
  }

  list(): Omit<ArticleHit, 'snippet' | 'rank'>[] {
    return [...this.#articles.values()].map(({ id, title, tags }) => ({ id, title, tags })).sort((a, b) => a.title.localeCompare(b.title));
  }

  article(id: string): Article {
    const a = this.#articles.get(id);
    if (!a) throw new HearthError('NOT_FOUND', `There is no help article "${id}".`, 'Search the help for the words of your question instead.');
    return a;
  }

  has(id: string): boolean {
    return this.#articles.has(id);
  }

  /**
   * Articles matching every word (the last one also as a prefix, for search-as-you-type), best first: bm25 with
   * the title weighted 10, tags 5, body 1. Words are quoted, so FTS5 syntax typed by a person is just words.
   */
  search(query: string, limit = 10): ArticleHit[] {
    const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return [];
    const terms = words.map((w, i) => `"${w}"${i === words.length - 1 && w.length >= 2 ? '*' : ''}`);
    const run = (match: string) =>
      this.#db
        .prepare(
          `SELECT id, title, tags, snippet(help_fts, 3, ?, ?, '…', 16) AS snippet, bm25(help_fts, 0, 10, 5, 1) AS rank
           FROM help_fts WHERE help_fts MATCH ? ORDER BY rank LIMIT ?`,
        )
        .all(HIT_OPEN, HIT_CLOSE, match, limit) as { id: string; title: string; tags: string; snippet: string; rank: number }[];
    let rows = run(terms.join(' AND '));
    // No article has every word: any of them, still ranked (more words found rank higher).
    if (rows.length === 0 && terms.length > 1) rows = run(terms.join(' OR '));
    return rows.map((r) => ({ id: r.id, title: r.title, tags: r.tags ? r.tags.split(' ') : [], snippet: r.snippet.replace(/\s+/g, ' ').trim(), rank: r.rank }));
  }
}
