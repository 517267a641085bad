// Automations (rules, their conflicts and runs), scenes, and the settings rules depend on.
import type { AutomationSettings, Location, RuleInput } from '../../shared/automation';
import type { RequestInput } from '../../shared/contract';
import type { Client } from './client';
import type { Clarify } from './plans';

export const listRules = (c: Client) => c.call('automations.list', {});
export const ruleFromText = (c: Client, text: string, clarify?: Clarify) => c.call('automations.fromText', clarify ? { text, clarify } : { text });
/** Saves a rule: a new one (from the form), or the rule `ruleId` changed. Answers with its conflicts. */
export const saveRule = (c: Client, rule: RuleInput, ruleId?: string) =>
  ruleId ? c.call('automations.update', { ruleId, rule }) : c.call('automations.create', { rule, source: 'form' });
export const checkRule = (c: Client, rule: RuleInput, ruleId?: string) => c.call('automations.check', ruleId ? { rule, ruleId } : { rule });
export const ruleConflicts = (c: Client) => c.call('automations.conflicts', {});
export const setRuleEnabled = (c: Client, ruleId: string, enabled: boolean) => c.call('automations.setEnabled', { ruleId, enabled });
export const removeRule = (c: Client, ruleId: string) => c.call('automations.remove', { ruleId });
export const runRule = (c: Client, ruleId: string) => c.call('automations.run', { ruleId });
export const listTraces = (c: Client, limit = 50) => c.call('traces.list', { limit });
export const exportRules = (c: Client) => c.call('automations.export', {});
export const importRules = (c: Client, data: RequestInput<'automations.import'>['data'], copies = false) => c.call('automations.import', { data, copies });
export const getAutomationSettings = (c: Client) => c.call('automations.getSettings', {});
export const setAutomationSettings = (c: Client, settings: Partial<AutomationSettings>) => c.call('automations.setSettings', settings);
export const getLocation = (c: Client) => c.call('automations.getLocation', {});
export const setLocation = (c: Client, location: Location | null) => c.call('automations.setLocation', { location });

export const listScenes = (c: Client) => c.call('scenes.list', {});
export const captureScene = (c: Client, name: string) => c.call('scenes.capture', { name });
/** A plan that applies the scene, to preview and approve. */
export const applyScene = (c: Client, sceneId: string) => c.call('scenes.apply', { sceneId });
export const removeScene = (c: Client, sceneId: string) => c.call('scenes.remove', { sceneId });
