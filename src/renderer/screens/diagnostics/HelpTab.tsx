// Help: search the knowledge base (snippets with the words found marked), read an article. An article can be
// linked to as '#/diagnostics?tab=help&article=<id>'.
import { useEffect, useState } from 'react';
import type { Article, ArticleHit } from '../../../shared/contract';
import { listArticles, readArticle, searchHelp } from '../../api/help';
import { useCall } from '../../api/useCall';
import { inline, Markdown } from './markdown';

const articleFromHash = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('article');

export function HelpTab() {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<(Pick<ArticleHit, 'id' | 'title' | 'tags'> & { snippet?: string })[]>([]);
  const [article, setArticle] = useState<Article | null>(null);
  const search = useCall(searchHelp).run;
  const all = useCall(listArticles).run;
  const read = useCall(readArticle).run;

  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      void (query.trim() ? search(query) : all()).then((r) => live && r && setHits(r));
    }, 150);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [query, search, all]);

  useEffect(() => {
    const id = articleFromHash();
    if (id) void read(id).then((a) => a && setArticle(a));
  }, [read]);

  return (
    <section className="help-tab" aria-label="Help">
      <div className="help-search">
        <input type="search" placeholder="Search the help (e.g. dialout, channel, backup)" aria-label="Search the help" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <div className="help-body">
        <ul className="help-results" aria-label="Articles">
          {hits.map((h) => (
            <li key={h.id} className={article?.id === h.id ? 'selected' : undefined}>
              <button type="button" className="link-button" onClick={() => void read(h.id).then((a) => a && setArticle(a))}>
                {h.title}
              </button>
              {h.snippet && <p className="help-snippet">{inline(h.snippet)}</p>}
            </li>
          ))}
          {hits.length === 0 && query.trim() !== '' && <li className="muted">No article has these words. Try fewer or other words.</li>}
        </ul>
        <article className="help-article" aria-label="Article">
          {article ? <Markdown source={article.markdown} /> : <p className="muted">Choose an article on the left.</p>}
        </article>
      </div>
    </section>
  );
}
