// The automations store over a fake core: the list, its conflicts and runs as the core reports them, what
// automations say (notices), and what is sent.
import { describe, expect, it } from 'vitest';
import { createFakeCore } from '../api/fake-transport';
import { createAutomationsStore } from './automations';
import { conflict, rule, settle, trace } from './fixtures';
import { createNoticesStore } from './notices';

function setup() {
  const core = createFakeCore();
  const notices = createNoticesStore();
  return { core, notices, automations: createAutomationsStore({ client: core.client, notices }) };
}

describe('automations store', () => {
  it('loads the rules, the conflicts among them, their runs and the home location', async () => {
    const { core, automations } = setup();
    core.answer('automations.list', () => [rule(), rule({ id: 'r2', name: 'Kettle off at 7' })]);
    core.answer('traces.list', () => [trace()]);
    core.answer('automations.conflicts', () => [conflict()]);
    core.answer('automations.getLocation', () => ({ lat: 60.39, lon: 5.32 }));

    await automations.getState().load();

    const s = automations.getState();
    expect(s.rules.map((r) => r.name)).toEqual(['Kettle at 7', 'Kettle off at 7']);
    expect(s.conflicts).toEqual([conflict()]);
    expect(s.traces.map((t) => t.summary)).toEqual(['Ran: 1 change.']);
    expect(s.location).toEqual({ lat: 60.39, lon: 5.32 });
  });

  it('turning a rule off: the list follows the core, and the conflicts are worked out again', async () => {
    const { core, automations } = setup();
    core.answer('automations.list', () => [rule(), rule({ id: 'r2', name: 'Kettle off at 7' })]);
    core.answer('traces.list', () => []);
    core.answer('automations.getLocation', () => null);
    let fighting = true;
    core.answer('automations.conflicts', () => (fighting ? [conflict()] : []));
    core.answer('automations.setEnabled', ({ ruleId, enabled }) => {
      fighting = false;
      const changed = rule({ id: ruleId, name: 'Kettle off at 7', enabled });
      core.emit('automation.updated', changed); // the core tells every window before it answers
      return changed;
    });
    await automations.getState().load();
    expect(automations.getState().conflicts).toHaveLength(1);

    await automations.getState().setEnabled('r2', false);
    await settle();

    expect(core.inputs('automations.setEnabled')).toEqual([{ ruleId: 'r2', enabled: false }]);
    expect(automations.getState().rules.find((r) => r.id === 'r2')?.enabled).toBe(false);
    expect(automations.getState().conflicts).toEqual([]);
  });

  it('many rules changed at once (an import) ask for the conflicts again once more, not once per rule', async () => {
    const { core, automations } = setup();
    let answer = 0;
    core.answer('automations.conflicts', () => (++answer === 1 ? [] : [conflict({ message: `after ${answer}` })]));
    for (let i = 1; i <= 20; i++) core.emit('automation.updated', rule({ id: `r${i}`, name: `Rule ${i}` }));
    for (let i = 0; i < 5; i++) await settle();

    expect(automations.getState().rules).toHaveLength(20);
    expect(core.inputs('automations.conflicts').length).toBe(2);
    expect(automations.getState().conflicts).toEqual([conflict({ message: 'after 2' })]);
  });

  it('a removed rule leaves the list (from any window)', async () => {
    const { core, automations } = setup();
    core.answer('automations.conflicts', () => []);
    core.emit('automation.updated', rule());
    core.emit('automation.removed', { ruleId: 'r1' });
    await settle();
    expect(automations.getState().rules).toEqual([]);
  });

  it('what a run of an automation says becomes a notice naming it; a run that did not happen says nothing', async () => {
    const { core, automations, notices } = setup();
    core.emit('automation.executed', trace({ id: 't1', result: 'conditionsFailed', summary: 'Didn’t run', messages: ['The kettle is on'] }));
    core.emit('automation.executed', trace({ id: 't2', messages: ['The kettle is on', 'Breakfast time'] }));
    await settle();

    expect(notices.getState().notices.map((n) => [n.kind, n.message, n.next])).toEqual([
      ['message', 'The kettle is on', 'From “Kettle at 7”'],
      ['message', 'Breakfast time', 'From “Kettle at 7”'],
    ]);
    expect(automations.getState().traces.map((t) => t.id)).toEqual(['t2', 't1']);
  });

  it('saving returns the rule’s conflicts; a refused save is a notice and counts as not saved', async () => {
    const { core, automations, notices } = setup();
    core.answer('automations.create', ({ rule: input }) => ({ rule: rule({ id: 'r9', name: input.name }), conflicts: [conflict()] }));
    const input = { name: 'Kettle at 7', enabled: true, triggers: rule().triggers, conditions: [], actions: rule().actions };
    expect(await automations.getState().saveRule(input)).toEqual([conflict()]);
    expect(core.inputs('automations.create')).toEqual([{ rule: input, source: 'form' }]);

    core.refuse('automations.update', { code: 'NOT_FOUND', message: 'That automation no longer exists.', next: 'Reload the list.' });
    expect(await automations.getState().saveRule(input, 'gone')).toBeUndefined();
    expect(notices.getState().notices).toMatchObject([{ kind: 'error', message: 'That automation no longer exists.' }]);
  });

  it('the live check while editing fails quietly (saving checks again)', async () => {
    const { core, automations, notices } = setup();
    core.refuse('automations.check', { code: 'INTERNAL', message: 'boom' });
    expect(await automations.getState().checkRule({ name: 'x', enabled: true, triggers: rule().triggers, conditions: [], actions: rule().actions })).toEqual([]);
    expect(notices.getState().notices).toEqual([]);
  });

  it('importing a file that is not JSON says so, and sends nothing', async () => {
    const { core, automations, notices } = setup();
    expect(await automations.getState().importRules('not json')).toBeUndefined();
    expect(notices.getState().notices).toMatchObject([{ kind: 'error', message: 'That is not an automations export (not JSON).' }]);
    expect(core.sent).toEqual([]);
  });

  it('an import says what it brought in, and the list is loaded again', async () => {
    const { core, automations } = setup();
    core.answer('automations.import', () => ({ rules: [rule()], scenes: 1, skippedRules: 0, skippedScenes: 0, message: 'Imported 1 automation and 1 scene.' }));
    core.answer('automations.list', () => [rule()]);
    core.answer('traces.list', () => []);
    core.answer('automations.conflicts', () => []);
    core.answer('automations.getLocation', () => null);
    const json = JSON.stringify({ format: 'hearth.automations', version: 1, rules: [{ name: 'Kettle at 7', triggers: rule().triggers, actions: rule().actions }], scenes: [] });

    expect(await automations.getState().importRules(json)).toBe('Imported 1 automation and 1 scene.');
    expect(core.inputs('automations.import')[0]).toMatchObject({ copies: false, data: { format: 'hearth.automations' } });
    expect(automations.getState().rules.map((r) => r.name)).toEqual(['Kettle at 7']);
  });
});
