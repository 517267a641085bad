// Help as the request handlers see it: the knowledge base (indexed at start when assets/kb changed), guided
// troubleshooting over the running core, and support tickets.
import type { Db } from '../../storage/db';
import { KnowledgeBase, findKbDir, loadArticles } from './kb';
import { TicketService, type BundleFile } from './tickets';
import { troubleshoot, type TroubleshootDeps } from './troubleshoot';
import type { Logger } from '../../../shared/logger';
import type { TroubleshootFlow, TroubleshootReport } from '../../../shared/contract/help';

export interface Help {
  readonly kb: KnowledgeBase;
  readonly tickets: TicketService;
  troubleshoot(input: { flow: TroubleshootFlow; deviceId?: string | undefined; ruleId?: string | undefined }): Promise<TroubleshootReport>;
}

export function createHelp(d: {
  db: Db;
  dataDir: string;
  log: Logger;
  now: () => number;
  checks: TroubleshootDeps;
  bundle?: (() => Promise<BundleFile>) | undefined;
  /** Folder of the articles (default: findKbDir()). */
  kbDir?: string | undefined;
}): Help {
  let articles: ReturnType<typeof loadArticles> = [];
  try {
    articles = loadArticles(d.kbDir ?? findKbDir());
  } catch (err) {
    d.log.error(`help articles not loaded: ${err instanceof Error ? err.message : String(err)}`);
  }
  const kb = new KnowledgeBase({ db: d.db, articles });
  if (kb.index()) d.log.info(`help: indexed ${articles.length} articles`);
  return {
    kb,
    tickets: new TicketService({ db: d.db, dataDir: d.dataDir, now: d.now, bundle: d.bundle }),
    troubleshoot: (input) => troubleshoot(d.checks, input),
  };
}
