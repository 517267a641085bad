// Every help article the code points people to exists, or the "Read" link would open nothing. Alerts' fixes,
// troubleshooting checks and errors name articles with the KbArticle type (shared/kb-articles.ts), so the compiler
// holds them to KB_ARTICLES; this keeps KB_ARTICLES and assets/kb the same, and scans the code for ids written as
// plain strings (`article: 'device-offline'`, '#/diagnostics?tab=help&article=…').
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestNames } from '../../../shared/contract';
import { HearthError, HearthErrorPayload } from '../../../shared/errors';
import { KB_ARTICLES } from '../../../shared/kb-articles';
import { quietLog } from '../../test/temp';
import { createDispatcher } from '../../transport/dispatch';
import { diskFullError } from '../recovery/full-disk';
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

describe('errors that name an article', () => {
  it('carry it to the caller through the dispatcher, checked like the rest of the payload', async () => {
    const full = diskFullError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))!;
    expect(full.article).toBe('disk-full');
    const fail = () => {
      throw full;
    };
    const handlers = Object.fromEntries(requestNames.map((n) => [n, fail]));
    const d = createDispatcher(handlers as never, quietLog);
    const reply = await d('devices.rename', { deviceId: 'd1', name: 'Lamp' }, { actor: 'test' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL', article: 'disk-full', next: expect.stringContaining('Free some space') } });
    // The payload's article is checked like the rest: an id that is no article does not pass.
    expect(HearthErrorPayload.safeParse({ code: 'INTERNAL', message: 'x', article: 'no-such-article' }).success).toBe(false);
    expect(new HearthError('NOT_FOUND', 'x').toPayload()).not.toHaveProperty('article');
  });
});
