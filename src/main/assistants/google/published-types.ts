// Hearth's Google messages against the types Google publishes on npm, checked by the type checker (npm run typecheck,
// inside npm test): @google/local-home-sdk (Apache-2.0, type declarations only) declares smarthome.IntentFlow's
// QUERY and EXECUTE requests and responses. Hearth's answers must be assignable to Google's response types, and the
// device lists Google sends must fit Hearth's request schema. SYNC and DISCONNECT are not in that package; they are
// typed from Google's documented schema (shared/contract/google.ts) and tested against its examples (fulfill.test.ts).
// (actions-on-google 3.0.0 also ships SmartHomeV1 types, but installs googleapis and ~70 packages for them.)
import type { IntentFlow } from '@google/local-home-sdk';
import type { GoogleCommandResult, GoogleExecuteResponse, GoogleQueryResponse, GoogleRequest, GoogleStatus } from '../../../shared/contract';

type Is<T extends true> = T;
type Assignable<A, B> = [A] extends [B] ? true : false;
type Payload<I extends GoogleRequest['inputs'][number]['intent']> = Extract<GoogleRequest['inputs'][number], { intent: I }> extends { payload: infer P } ? P : never;

export type PublishedTypeChecks = [
  Is<Assignable<GoogleQueryResponse, IntentFlow.QueryResponse>>,
  Is<Assignable<GoogleExecuteResponse, IntentFlow.ExecuteResponse>>,
  Is<Assignable<GoogleCommandResult, IntentFlow.ExecuteResponseCommands>>,
  Is<Assignable<GoogleStatus, IntentFlow.ExecuteStatus>>,
  Is<Assignable<IntentFlow.ExecuteStatus, GoogleStatus>>,
  Is<Assignable<IntentFlow.QueryRequest['inputs'][number]['payload']['devices'], Payload<'action.devices.QUERY'>['devices']>>,
  Is<Assignable<IntentFlow.ExecuteRequestCommands['devices'], Payload<'action.devices.EXECUTE'>['commands'][number]['devices']>>,
];
