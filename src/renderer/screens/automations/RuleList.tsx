// Saved automations: what starts each one and what it does, with enable/disable, run now, edit, delete.
import * as Switch from '@radix-ui/react-switch';
import { Pencil, Play, Trash2 } from 'lucide-react';
import type { Rule } from '../../../shared/automation';
import { actionText, conditionText, triggerText } from '../../../shared/describe-rules';
import { useAutomations, useHome, useScenes } from '../../store/context';
import { ReadOnlyBadge } from '../../components/ReadOnlyBadge';

export function RuleList({ onEdit }: { onEdit(rule: Rule): void }) {
  const rules = useAutomations((s) => s.rules);
  const conflicts = useAutomations((s) => s.conflicts);
  const setEnabled = useAutomations((s) => s.setEnabled);
  const removeRule = useAutomations((s) => s.removeRule);
  const runRule = useAutomations((s) => s.runRule);
  const scenes = useScenes((s) => s.scenes);
  const devices = useHome((s) => s.devices);
  const lookup = (id: string) => devices[id];
  const sceneName = (id: string) => scenes.find((s) => s.id === id)?.name;
  if (rules.length === 0) return <p className="muted">No automations yet. Describe one above, for example “every weekday at 7 turn on the kitchen lights”.</p>;
  return (
    <ul className="rules" aria-label="Automations">
      {rules.map((r) => {
        const trouble = conflicts.filter((c) => c.ruleIds.includes(r.id)).length;
        return (
          <li key={r.id} className={`rule${r.enabled ? '' : ' disabled'}`} aria-label={r.name}>
            <Switch.Root className="switch" checked={r.enabled} onCheckedChange={(v) => void setEnabled(r.id, v)} aria-label={`Enable ${r.name}`}>
              <Switch.Thumb className="switch-thumb" />
            </Switch.Root>
            <div className="rule-body">
              <h3>
                {r.name}
                {trouble > 0 && <span className="badge warn">{trouble === 1 ? '1 conflict' : `${trouble} conflicts`}</span>}
              </h3>
              <ReadOnlyBadge kind="automations" id={r.id} explain />
              <p className="muted small">
                <strong>When</strong> {r.triggers.map((t) => triggerText(t, lookup).replace(/^./, (c) => c.toLowerCase())).join(' or ')}
                {r.conditions.length > 0 && (
                  <>
                    {' '}
                    <strong>if</strong> {r.conditions.map((c) => conditionText(c, lookup)).join(' and ')}
                  </>
                )}
                {' — '}
                {r.actions.map((a) => actionText(a, lookup, sceneName)).join(', then ')}
              </p>
            </div>
            <div className="rule-actions">
              <button type="button" className="icon-button" aria-label={`Run ${r.name} now`} disabled={!r.enabled} onClick={() => void runRule(r.id)}>
                <Play size={16} aria-hidden="true" />
              </button>
              <button type="button" className="icon-button" aria-label={`Edit ${r.name}`} onClick={() => onEdit(r)}>
                <Pencil size={16} aria-hidden="true" />
              </button>
              <button type="button" className="icon-button" aria-label={`Delete ${r.name}`} onClick={() => window.confirm(`Delete “${r.name}”?`) && void removeRule(r.id)}>
                <Trash2 size={16} aria-hidden="true" />
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
