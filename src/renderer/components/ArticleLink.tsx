// "Read: <title>" — a link to a help article (Diagnostics › Help) from an alert or an error. The titles come from
// the core's help index once per window and are kept; until then (or if it cannot say) the link reads "Read the
// help article".
import { useEffect, useState } from 'react';
import { listArticles } from '../api/help';
import { useClient } from '../api/context';

let titles: Promise<Map<string, string>> | null = null;

export function ArticleLink({ id, className }: { id: string; className?: string }) {
  const client = useClient();
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    titles ??= listArticles(client)
      .then((list) => new Map(list.map((a) => [a.id, a.title])))
      .catch(() => {
        titles = null; // asked again next time
        return new Map<string, string>();
      });
    void titles.then((m) => live && setTitle(m.get(id) ?? null));
    return () => {
      live = false;
    };
  }, [client, id]);
  return (
    <a className={className ?? 'article-link'} href={`#/diagnostics?tab=help&article=${encodeURIComponent(id)}`}>
      {title ? `Read: ${title}` : 'Read the help article'}
    </a>
  );
}
