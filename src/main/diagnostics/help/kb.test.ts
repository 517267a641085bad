// The knowledge base: the shipped articles parse, are indexed into FTS5 once (and again when they change), and
// search ranks the article about the question first with the words found marked in its snippet.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCore } from '../../app';
import { tempDir, quietLog } from '../../test/temp';
import { openDatabase } from '../../storage/db';
import { FLOW_ARTICLES } from './troubleshoot';
import { findKbDir, HIT_CLOSE, HIT_OPEN, KnowledgeBase, loadArticles, parseArticle } from './kb';

const dir = tempDir('hearth-kb-');
let n = 0;
const db = () => openDatabase(join(dir, `kb-${n++}.db`));

describe('knowledge base', () => {
  const articles = loadArticles(findKbDir());

  it('ships an article for each stick family, serial permissions, channels, batteries, Matter sharing, backups, moving sticks and every troubleshooting flow', () => {
    const ids = articles.map((a) => a.id);
    for (const id of ['zwave-stick-setup', 'zigbee-coordinators', 'serial-permissions', 'zigbee-channels-wifi', 'battery-devices', 'matter-sharing', 'backups-restore', 'new-stick', ...Object.values(FLOW_ARTICLES)]) {
      expect(ids).toContain(id);
    }
    for (const a of articles) {
      expect(a.title.length).toBeGreaterThan(5);
      expect(a.tags.length).toBeGreaterThan(0);
    }
  });

  it('names every Zigbee stick type Hearth accepts in the coordinator article', async () => {
    const { ZigbeeAdapterName } = await import('../../../shared/contract/sticks');
    const text = articles.find((a) => a.id === 'zigbee-coordinators')!.markdown;
    for (const t of ZigbeeAdapterName.options) expect(text).toContain(`\`${t}\``);
  });

  it('ranks the article about the question first and marks the words found in the snippet', () => {
    const kb = new KnowledgeBase({ db: db(), articles });
    expect(kb.index()).toBe(true);
    const hits = kb.search('dialout group');
    expect(hits[0]!.id).toBe('serial-permissions');
    expect(hits[0]!.snippet).toContain(`${HIT_OPEN}dialout${HIT_CLOSE}`);
    expect(kb.search('wifi channel')[0]!.id).toBe('zigbee-channels-wifi');
    expect(kb.search('NVM restore')[0]!.id).toBe('backups-restore');
    expect(kb.search('share apple home')[0]!.id).toBe('matter-sharing');
    expect(kb.search('wake up')[0]!.id).toBe('battery-devices');
    // Ranked: bm25 scores ascend (lower is better).
    const ranks = kb.search('stick').map((h) => h.rank);
    expect(ranks.length).toBeGreaterThan(3);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('matches as the person types (prefix of the last word) and stems (restoring finds restore)', () => {
    const kb = new KnowledgeBase({ db: db(), articles });
    kb.index();
    expect(kb.search('permiss').map((h) => h.id)).toContain('serial-permissions');
    expect(kb.search('restoring coordinator').map((h) => h.id)).toContain('backups-restore');
  });

  it('treats FTS5 syntax typed by a person as words, never an error', () => {
    const kb = new KnowledgeBase({ db: db(), articles });
    kb.index();
    for (const q of ['"unbalanced', 'NEAR(a b', 'title:zigbee', '* OR', 'AND', '(((', '']) expect(() => kb.search(q)).not.toThrow();
    expect(kb.search('zigbee AND')[0]).toBeDefined();
    expect(kb.search('')).toEqual([]);
  });

  it('answers an unknown article with NOT_FOUND and a next step', () => {
    const kb = new KnowledgeBase({ db: db(), articles });
    expect(() => kb.article('no-such-article')).toThrowError(expect.objectContaining({ code: 'NOT_FOUND', next: expect.any(String) }));
  });

  it('rebuilds the index at start only when the article files changed', () => {
    const kbDir = join(dir, 'kb-src');
    mkdirSync(kbDir, { recursive: true });
    writeFileSync(join(kbDir, 'a.md'), '---\nid: first\ntitle: First article\ntags: [one]\n---\nAbout kettles.\n');
    const file = join(dir, 'rebuild.db');
    const d1 = openDatabase(file);
    expect(new KnowledgeBase({ db: d1, articles: loadArticles(kbDir) }).index()).toBe(true);
    expect(new KnowledgeBase({ db: d1, articles: loadArticles(kbDir) }).index()).toBe(false);
    writeFileSync(join(kbDir, 'a.md'), '---\nid: first\ntitle: First article\ntags: [one]\n---\nAbout toasters.\n');
    const kb = new KnowledgeBase({ db: d1, articles: loadArticles(kbDir) });
    expect(kb.index()).toBe(true);
    expect(kb.search('kettles')).toEqual([]);
    expect(kb.search('toasters')[0]!.id).toBe('first');
  });

  it('refuses an article without front matter or with a bad id, naming the file', () => {
    expect(() => parseArticle('# no front matter', 'x.md')).toThrow(/x\.md/);
    expect(() => parseArticle('---\nid: Bad Id\ntitle: T\n---\nbody', 'y.md')).toThrow(/y\.md/);
  });

  it('is searchable through the core: help.search and help.article over the dispatcher', async () => {
    const core = buildCore({ dataDir: join(dir, 'core'), host: 'hub', version: 'test', log: quietLog });
    try {
      const ctx = { actor: 'test' } as never;
      const hits = (await core.dispatch('help.search', { query: 'udev' }, ctx)) as { ok: boolean; result?: { id: string }[] };
      expect(hits).toMatchObject({ ok: true });
      expect(hits.result![0]!.id).toBe('serial-permissions');
      const art = (await core.dispatch('help.article', { id: 'serial-permissions' }, ctx)) as { ok: boolean; result?: { markdown: string } };
      expect(art.result!.markdown).toContain('sudo usermod -aG dialout');
      const bad = (await core.dispatch('help.article', { id: '../../etc/passwd' }, ctx)) as { ok: boolean; error?: { code: string } };
      expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    } finally {
      await core.stop();
    }
  });
});
