// "Tell Hearth what to do…": on every screen. Enter previews the plan; ↑/↓ walk the history of commands, and the
// History button lists them, each to run again or to edit before running.
// Questions back ("Which lamp: …?") offer their answers as buttons; state questions are answered here.
import { CornerDownLeft, History, MessageSquareText, Pencil, RotateCw, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useHome, usePlans } from '../store/context';
import { selectReply } from '../store/plans';
import { useSpokenReply } from '../voice/useSpokenReply';
import { PushToTalk } from './PushToTalk';

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
  const [showHistory, setShowHistory] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  /** The newest first, as the list shows them. */
  const recent = [...said].reverse().slice(0, 10);

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
    setShowHistory(false);
    void preview(t);
  };

  const expectSpokenReply = useSpokenReply();
  /** Words heard by push-to-talk: shown in the bar and previewed exactly as if typed; the reply is spoken. */
  const heard = (t: string) => {
    setText(t);
    setCursor(null);
    setShowHistory(false);
    if (busy) return;
    expectSpokenReply();
    void preview(t);
  };

  const runAgain = (t: string) => {
    if (busy) return;
    setShowHistory(false);
    setCursor(null);
    void preview(t);
  };

  const editPast = (t: string) => {
    setShowHistory(false);
    setCursor(null);
    setText(t);
    inputRef.current?.focus();
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
      setShowHistory(false);
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
          ref={inputRef}
        />
        <button
          type="button"
          className="icon-button"
          aria-label="Command history"
          aria-expanded={showHistory}
          aria-controls="command-history"
          disabled={recent.length === 0}
          onClick={() => setShowHistory(!showHistory)}
        >
          <History size={16} aria-hidden="true" />
        </button>
        <PushToTalk onHeard={heard} disabled={busy} />
        <button type="button" className="icon-button" aria-label="Preview this command" disabled={!text.trim() || busy} onClick={submit}>
          <CornerDownLeft size={16} aria-hidden="true" />
        </button>
      </div>
      {showHistory && !reply && (
        <div id="command-history" className="command-history" role="region" aria-label="Command history">
          <ul>
            {recent.map((t) => (
              <li key={t}>
                <span className="said">{t}</span>
                <button type="button" className="icon-button" aria-label={`Run again: ${t}`} title="Run again" disabled={busy} onClick={() => runAgain(t)}>
                  <RotateCw size={14} aria-hidden="true" />
                </button>
                <button type="button" className="icon-button" aria-label={`Edit: ${t}`} title="Edit, then press Enter" onClick={() => editPast(t)}>
                  <Pencil size={14} aria-hidden="true" />
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
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
