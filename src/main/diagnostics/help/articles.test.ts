// Every help article the code points people to exists, or the "Read" link would open nothing. Alerts' fixes,
// troubleshooting checks and errors name articles with the KbArticle type (shared/kb-articles.ts), so the compiler
// holds them to KB_ARTICLES; this keeps KB_ARTICLES and assets/kb the same, and scans the code for ids written as
// plain strings (`article: 'device-offline'`, '#/diagnostics?tab=help&article=…').
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KB_ARTICLES } from '../../../shared/kb-articles';
import { findKbDir, loadArticles } from './kb';

const SRC = join(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'node_modules' ? [] : sources(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

/** Article ids written as plain strings: `article: 'id'` (alerts, errors) and `article=id` in links. */
const PATTERNS = [/\barticle\??:\s*'([a-z0-9-]+)'/g, /[?&]article=([a-z0-9-]+)/g];

describe('help article ids in code', () => {
  const ids = new Set(loadArticles(findKbDir()).map((a) => a.id));

  it('KB_ARTICLES lists exactly the articles in assets/kb', () => {
    expect([...KB_ARTICLES].sort()).toEqual([...ids].sort());
  });

  it('every article id the code names is an article in assets/kb', () => {
    const named: Array<{ file: string; id: string }> = [];
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const re of PATTERNS) for (const m of text.matchAll(re)) named.push({ file: relative(SRC, file), id: m[1]! });
    }
    // The scan finds the ids it should (alerts' fixes, troubleshooting), so an empty scan cannot pass.
    expect(named.map((n) => n.id)).toEqual(expect.arrayContaining(['stick-not-found', 'automation-did-not-run', 'disk-full', 'backups-restore']));
    expect(named.filter((n) => !ids.has(n.id))).toEqual([]);
  });
});
