// The one notice sink: what a failed call, a warning or an automation's message looks like to the person.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { createNoticesStore, MAX_NOTICES } from './notices';

describe('notices', () => {
  it('a failed call shows the core’s words and next step; anything else a plain message', () => {
    const notices = createNoticesStore();
    notices.getState().report(new ApiError({ code: 'TIMEOUT', message: 'Hearth did not answer in time.', next: 'Try again.' }));
    notices.getState().report(new TypeError('x is undefined'));
    expect(notices.getState().notices).toMatchObject([
      { kind: 'error', message: 'Hearth did not answer in time.', next: 'Try again.' },
      { kind: 'error', message: 'x is undefined', next: 'Try again; reload the window if it keeps happening.' },
    ]);
  });

  it('a refusal by the plan limit keeps its code, so the notice can offer the Subscription screen', () => {
    const notices = createNoticesStore();
    notices.getState().report(new ApiError({ code: 'PLAN_LIMIT', message: 'Free allows 5 devices, and this home has 5.', next: 'Upgrade in Subscription.' }));
    expect(notices.getState().notices).toMatchObject([{ kind: 'error', code: 'PLAN_LIMIT', message: 'Free allows 5 devices, and this home has 5.' }]);
  });

  it('an error that names a help article keeps it, so the notice can link to it', () => {
    const notices = createNoticesStore();
    notices.getState().report(new ApiError({ code: 'INTERNAL', message: 'The disk is full: Hearth could not save this change.', next: 'Free some space.', article: 'disk-full' }));
    notices.getState().report(new ApiError({ code: 'TIMEOUT', message: 'Hearth did not answer in time.' }));
    expect(notices.getState().notices).toMatchObject([{ article: 'disk-full' }, { message: 'Hearth did not answer in time.' }]);
    expect(notices.getState().notices[1]).not.toHaveProperty('article');
  });

  it(`keeps the newest ${MAX_NOTICES}, and a dismissed one goes`, () => {
    const notices = createNoticesStore();
    for (let i = 1; i <= MAX_NOTICES + 2; i++) notices.getState().notify('warning', `warning ${i}`);
    const shown = notices.getState().notices;
    expect(shown.map((n) => n.message)).toEqual(['warning 3', 'warning 4', 'warning 5', 'warning 6', 'warning 7']);
    notices.getState().dismiss(shown[0]!.id);
    expect(notices.getState().notices.map((n) => n.message)).toEqual(['warning 4', 'warning 5', 'warning 6', 'warning 7']);
  });
});
