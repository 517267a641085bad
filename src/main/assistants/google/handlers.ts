// The contract request a forwarding relay calls with each Google smart-home intent (POST /api/v1/assistants/google).
import type { HandlersFor } from '../../transport/dispatch';
import type { GoogleFulfillment } from './fulfill';

export function googleHandlers({ google }: { google: GoogleFulfillment }): HandlersFor<'assistants.google.fulfill' | 'assistants.google.status' | 'assistants.google.activity'> {
  return {
    'assistants.google.fulfill': (input, ctx) => google.handle(input, ctx),
    'assistants.google.status': () => google.status(),
    'assistants.google.activity': () => google.activity(),
  };
}
