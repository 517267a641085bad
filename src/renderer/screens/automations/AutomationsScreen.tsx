// Automations: make one from a sentence or the form, the list (enable / disable / run / edit), conflicts
// between rules, the runs with their reasons, and the settings sun times and auto-run depend on.
import { Download, Sparkles, Upload } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Rule } from '../../../shared/automation';
import { ConflictList } from '../../components/plan/ConflictList';
import { useAutomations, usePlans, useScenes } from '../../store/context';
import { RuleForm } from './RuleForm';
import { RuleList } from './RuleList';
import { Scenes } from './Scenes';
import { Settings } from './Settings';
import { TraceList } from './TraceList';

function FromSentence() {
  const draftFromText = useAutomations((s) => s.draftFromText);
  const busy = useAutomations((s) => s.drafting);
  const open = usePlans((s) => s.open);
  const [text, setText] = useState('');
  const [reply, setReply] = useState<{ message: string; next?: string | undefined; subject?: string; options?: string[] } | null>(null);
  const make = async (clarify?: { subject: string; choice: string }) => {
    const d = await draftFromText(text.trim(), clarify);
    if (!d) return;
    if (d.kind === 'draft') {
      setReply(null);
      setText('');
      open(d.plan);
    } else if (d.kind === 'question') {
      setText(d.text);
      setReply({ message: d.message, subject: d.subject, options: d.options });
    } else setReply({ message: d.message, next: d.next });
  };
  return (
    <form className="from-sentence" onSubmit={(e) => { e.preventDefault(); if (text.trim()) void make(); }}>
      <label htmlFor="automation-sentence">Describe an automation</label>
      <div className="row">
        <input id="automation-sentence" value={text} maxLength={500} placeholder="every weekday at 7 turn on the kitchen lights" onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="button primary" disabled={!text.trim() || busy}>
          <Sparkles size={16} aria-hidden="true" /> Preview
        </button>
      </div>
      {reply && (
        <div className="command-reply inline" role="status">
          <p>{reply.message}</p>
          {reply.next && <p className="next">{reply.next}</p>}
          {reply.options?.map((o) => (
            <button type="button" key={o} className="button small" onClick={() => void make({ subject: reply.subject ?? '', choice: o })}>
              {o}
            </button>
          ))}
        </div>
      )}
    </form>
  );
}

export function AutomationsScreen() {
  const load = useAutomations((s) => s.load);
  const conflicts = useAutomations((s) => s.conflicts);
  const rules = useAutomations((s) => s.rules);
  const exportRules = useAutomations((s) => s.exportRules);
  const importRules = useAutomations((s) => s.importRules);
  const loadScenes = useScenes((s) => s.load);
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const [runsOf, setRunsOf] = useState<string>('');
  useEffect(() => {
    void load();
  }, [load]);

  const download = async () => {
    const json = await exportRules();
    if (!json) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    a.download = 'hearth-automations.json';
    a.click();
    URL.revokeObjectURL(a.href);
  };
  const [imported, setImported] = useState<string | null>(null);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const message = await importRules(await file.text());
    setImported(message ?? null);
    if (message) void loadScenes(); // an export carries scenes too
  };

  return (
    <div className="automations">
      <div className="screen-head">
        <h1 className="screen-title">Automations</h1>
        <span className="spacer" />
        <button type="button" className="button" onClick={() => void download()}>
          <Download size={16} aria-hidden="true" /> Export
        </button>
        <label className="button">
          <Upload size={16} aria-hidden="true" /> Import
          <input type="file" accept="application/json" className="visually-hidden" onChange={(e) => void upload(e.target.files?.[0])} />
        </label>
      </div>
      {imported && (
        <p className="banner" role="status">
          {imported}
        </p>
      )}
      <section className="panel" aria-labelledby="new-automation">
        <h2 id="new-automation">New automation</h2>
        <FromSentence />
        <button type="button" className="button small" onClick={() => setEditing('new')}>
          Use the form instead
        </button>
      </section>
      {editing && <RuleForm rule={editing === 'new' ? null : editing} onDone={() => setEditing(null)} key={editing === 'new' ? 'new' : editing.id} />}
      <section className="panel" aria-labelledby="conflicts-title">
        <h2 id="conflicts-title">Conflicts</h2>
        {conflicts.length === 0 ? <p className="muted">No conflicts between your automations.</p> : <ConflictList conflicts={conflicts} label="Conflicts between automations" />}
      </section>
      <section className="panel" aria-labelledby="rules-title">
        <h2 id="rules-title">Your automations</h2>
        <RuleList onEdit={(r) => setEditing(r)} />
      </section>
      <section className="panel" aria-labelledby="runs-title">
        <div className="screen-head">
          <h2 id="runs-title">Runs — why did or didn’t it run?</h2>
          <span className="spacer" />
          <select aria-label="Show runs of" value={runsOf} onChange={(e) => setRunsOf(e.target.value)}>
            <option value="">All automations</option>
            {rules.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <TraceList ruleId={runsOf || null} />
      </section>
      <Scenes />
      <Settings />
    </div>
  );
}
