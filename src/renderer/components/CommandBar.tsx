// "Tell Hearth what to do…": on every screen. Enter previews the plan; ↑/↓ walk the history of commands.
// Questions back ("Which lamp: …?") offer their answers as buttons; state questions are answered here.
import { CornerDownLeft, MessageSquareText, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useHome, usePlans } from '../store/context';
import { selectReply } from '../store/plans';

export function CommandBar() {
  const preview = usePlans((s) => s.preview);
  const said = usePlans((s) => s.said);
  const busy = usePlans((s) => s.busy);
  const current = usePlans((s) => s.current);
  const reply = usePlans(selectReply);
  const close = usePlans((s) => s.close);
  const loadHistory = usePlans((s) => s.loadHistory);
  const [text, setText] = useState('');
  const [cursor, setCursor] = useState<number | null>(null);

  useEffect(() => {
    if (current?.kind === 'plan') setText('');
  }, [current]);
  const connected = useHome((s) => s.connection === 'open');
  useEffect(() => {
    if (connected) void loadHistory();
  }, [connected, loadHistory]);

  const submit = () => {
    const t = text.trim();
    if (!t || busy) return;
    setCursor(null);
    void preview(t);
  };

  const onKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      submit();
    } else if (e.key === 'ArrowUp' && said.length) {
      e.preventDefault();
      const i = cursor === null ? said.length - 1 : Math.max(0, cursor - 1);
      setCursor(i);
      setText(said[i]!);
    } else if (e.key === 'ArrowDown' && cursor !== null) {
      e.preventDefault();
      const i = cursor + 1;
      setCursor(i >= said.length ? null : i);
      setText(i >= said.length ? '' : said[i]!);
    } else if (e.key === 'Escape') {
      close();
    }
  };

  return (
    <div className="command-bar">
      <div className="command-field">
        <MessageSquareText size={18} aria-hidden="true" />
        <input
          type="text"
          role="combobox"
          aria-expanded={reply !== null}
          aria-controls="command-reply"
          aria-label="Tell Hearth what to do"
          placeholder="Tell Hearth what to do…"
          value={text}
          maxLength={2000}
          onChange={(e) => {
            setText(e.target.value);
            setCursor(null);
          }}
          onKeyDown={onKey}
        />
        <button type="button" className="icon-button" aria-label="Preview this command" disabled={!text.trim() || busy} onClick={submit}>
          <CornerDownLeft size={16} aria-hidden="true" />
        </button>
      </div>
      <div id="command-reply" className="command-reply" role="status" aria-live="polite" hidden={!reply}>
        {reply?.kind === 'question' && (
          <>
            <p>{reply.message}</p>
            <div className="options" role="group" aria-label="Choose one">
              {reply.options.map((o) => (
                <button type="button" className="button small" key={o} onClick={() => void preview(reply.text, { subject: reply.subject, choice: o })}>
                  {o}
                </button>
              ))}
            </div>
          </>
        )}
        {reply?.kind === 'answer' && <p className="answer">{reply.answer}</p>}
        {reply?.kind === 'error' && (
          <>
            <p>{reply.message}</p>
            {reply.next && <p className="next">{reply.next}</p>}
          </>
        )}
        {reply && (
          <button type="button" className="icon-button close" aria-label="Dismiss" onClick={close}>
            <X size={14} aria-hidden="true" />
          </button>
        )}
      </div>
    </div>
  );
}
