// The automation editor: triggers, conditions and actions as a form, with live conflict checks and what the
// weather and calendars say now for its weather and calendar parts.
import { Plus, X } from 'lucide-react';
import { useEffect, useState, type ReactNode } from 'react';
import type { Action, Condition, Rule, RuleInput, Trigger } from '../../../shared/automation';
import type { Conflict } from '../../../shared/plan';
import { ConflictList } from '../../components/plan/ConflictList';
import { useAutomations } from '../../store/context';
import { OutsideNow } from '../../components/plan/OutsideNow';
import { ACTION_NAMES, ActionEditor, CONDITION_NAMES, ConditionEditor, NEW_ACTION, NEW_CONDITION, NEW_TRIGGER, TRIGGER_NAMES, TriggerEditor } from './editors';

const EMPTY: RuleInput = { name: '', enabled: true, triggers: [NEW_TRIGGER.time], conditions: [], actions: [NEW_ACTION.command] };

function complete(r: RuleInput): boolean {
  const dev = (x: object) => !('deviceId' in x) || (!!x.deviceId && 'capabilityId' in x && !!x.capabilityId);
  return !!r.name.trim() && r.triggers.every(dev) && r.conditions.every(dev) && r.actions.every((a) => dev(a) && (a.type !== 'scene' || !!a.sceneId) && (a.type !== 'notify' || !!a.message));
}

function List<T extends { type: string }>(props: { title: string; items: T[]; names: Partial<Record<string, string>>; fresh: Partial<Record<string, T>>; min: number; onChange(items: T[]): void; render(item: T, n: number, set: (x: T) => void): ReactNode }) {
  const { items, onChange } = props;
  return (
    <fieldset className="form-list">
      <legend>{props.title}</legend>
      {items.map((item, i) => (
        <div className="form-row" key={i}>
          <select aria-label={`${props.title} ${i + 1}: kind`} value={item.type} onChange={(e) => onChange(items.map((x, j) => (j === i ? props.fresh[e.target.value]! : x)))}>
            {Object.entries(props.names).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
          {props.render(item, i + 1, (x) => onChange(items.map((y, j) => (j === i ? x : y))))}
          {items.length > props.min && (
            <button type="button" className="icon-button" aria-label={`Remove ${props.title.toLowerCase()} ${i + 1}`} onClick={() => onChange(items.filter((_, j) => j !== i))}>
              <X size={15} aria-hidden="true" />
            </button>
          )}
        </div>
      ))}
      <button type="button" className="button small" onClick={() => onChange([...items, Object.values(props.fresh)[0]!])}>
        <Plus size={14} aria-hidden="true" /> Add
      </button>
    </fieldset>
  );
}

export function RuleForm({ rule, onDone }: { rule: Rule | null; onDone(): void }) {
  const saveRule = useAutomations((s) => s.saveRule);
  const checkRule = useAutomations((s) => s.checkRule);
  const [draft, setDraft] = useState<RuleInput>(rule ? { name: rule.name, enabled: rule.enabled, triggers: rule.triggers, conditions: rule.conditions, actions: rule.actions, ...(rule.text ? { text: rule.text } : {}) } : EMPTY);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [saved, setSaved] = useState<Conflict[] | null>(null);
  const ready = complete(draft);

  useEffect(() => {
    if (!ready) return;
    const t = setTimeout(() => void checkRule(draft, rule?.id).then(setConflicts), 300);
    return () => clearTimeout(t);
  }, [draft, ready, rule?.id, checkRule]);

  const save = async () => {
    const result = await saveRule(draft, rule?.id);
    if (result === undefined) return;
    if (result.length === 0) onDone();
    else setSaved(result);
  };

  return (
    <form className="panel rule-form" aria-label={rule ? `Edit ${rule.name}` : 'New automation'} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h2>{rule ? `Edit “${rule.name}”` : 'New automation'}</h2>
      <label className="field">
        Name
        <input value={draft.name} maxLength={100} required onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </label>
      <List<Trigger> title="When" items={draft.triggers} names={TRIGGER_NAMES} fresh={NEW_TRIGGER} min={1} onChange={(triggers) => setDraft({ ...draft, triggers })} render={(t, n, set) => <TriggerEditor t={t} n={n} onChange={set} />} />
      <List<Condition> title="Only if" items={draft.conditions} names={CONDITION_NAMES} fresh={NEW_CONDITION} min={0} onChange={(conditions) => setDraft({ ...draft, conditions })} render={(c, n, set) => <ConditionEditor c={c} n={n} onChange={set} />} />
      <List<Action> title="Do" items={draft.actions} names={ACTION_NAMES} fresh={NEW_ACTION} min={1} onChange={(actions) => setDraft({ ...draft, actions })} render={(a, n, set) => <ActionEditor a={a} n={n} onChange={set} />} />
      <OutsideNow triggers={draft.triggers} conditions={draft.conditions} />
      <ConflictList conflicts={saved ?? conflicts} label="Conflicts of this automation" />
      {saved && <p className="muted small">Saved. The conflicts above are shown in the conflicts panel too; change a rule to resolve them.</p>}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onDone}>
          {saved ? 'Close' : 'Cancel'}
        </button>
        {!saved && (
          <button type="submit" className="button primary" disabled={!ready}>
            Save automation
          </button>
        )}
      </div>
    </form>
  );
}
