// The Alexa Smart Home Skill API v3 messages as they cross Hearth's edge: a directive coming in (only its envelope
// is checked here — what each directive's payload must hold is checked by its handler, which answers an Alexa
// ErrorResponse rather than an HTTP error, as Alexa expects), and the event message going out.
import { z } from 'zod';

const Text = (max: number) => z.string().min(1).max(max);

export const AlexaHeader = z.object({
  namespace: Text(128),
  name: Text(128),
  payloadVersion: Text(8),
  messageId: Text(256),
  correlationToken: z.string().max(8192).optional(),
  /** Which instance of a multi-instance controller (RangeController) the directive is for. */
  instance: z.string().max(128).optional(),
});
export type AlexaHeader = z.infer<typeof AlexaHeader>;

export const AlexaScope = z.object({ type: Text(64), token: z.string().max(8192) });

export const AlexaEndpointRef = z.object({
  scope: AlexaScope.optional(),
  endpointId: Text(256),
  cookie: z.record(z.string(), z.string()).optional(),
});
export type AlexaEndpointRef = z.infer<typeof AlexaEndpointRef>;

/** A directive as Alexa sends it: `{ directive: { header, endpoint?, payload } }`. */
export const AlexaDirectiveMessage = z.object({
  directive: z.object({
    header: AlexaHeader,
    endpoint: AlexaEndpointRef.optional(),
    payload: z.record(z.string(), z.unknown()).default({}),
  }),
});
export type AlexaDirectiveMessage = z.infer<typeof AlexaDirectiveMessage>;

/** One reported property (context.properties of a response or state report, change.properties of a change report). */
export const AlexaProperty = z.object({
  namespace: Text(128),
  instance: z.string().optional(),
  name: Text(128),
  value: z.unknown(),
  timeOfSample: z.string(),
  uncertaintyInMilliseconds: z.number().int().nonnegative(),
});
export type AlexaProperty = z.infer<typeof AlexaProperty>;

/** What Hearth answers or reports: `{ event: { header, endpoint?, payload }, context? }`. */
export const AlexaEventMessage = z.object({
  event: z.object({
    header: z.object({
      namespace: Text(128),
      name: Text(128),
      payloadVersion: z.literal('3'),
      messageId: Text(127),
      correlationToken: z.string().optional(),
    }),
    endpoint: AlexaEndpointRef.optional(),
    payload: z.record(z.string(), z.unknown()),
  }),
  context: z.object({ properties: z.array(AlexaProperty) }).optional(),
});
export type AlexaEventMessage = z.infer<typeof AlexaEventMessage>;
