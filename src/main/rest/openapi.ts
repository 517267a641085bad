// The local API's OpenAPI 3.1 document, made from the routes (routes.ts) and the contract's zod schemas with zod's
// own JSON Schema export (JSON Schema 2020-12, the dialect OpenAPI 3.1 uses). Recursive schemas (an automation's
// nested conditions) come out with local $defs; those are moved into components and their $refs rewritten, so
// every reference resolves inside the document.
import { z } from 'zod';
import { requests } from '../../shared/contract';
import { API_EVENTS, API_PREFIX, API_ROUTES, pathParams, routeLevel, type ApiRoute } from './routes';

type Json = Record<string, unknown>;

/** A request's input or output as JSON Schema (transforms, which JSON Schema cannot say, are left open). */
export function jsonSchema(route: ApiRoute, io: 'input' | 'output'): Json {
  const s = z.toJSONSchema(requests[route.request][io], { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  delete s.$schema;
  return s;
}

/** Moves `$defs` into `components` under `prefix`, rewriting every `#/$defs/x` reference. */
function hoist(schema: Json, prefix: string, components: Record<string, Json>): Json {
  const defs = (schema.$defs ?? {}) as Record<string, Json>;
  delete schema.$defs;
  const rename = (k: string) => `${prefix}.${k.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
  const rewrite = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(rewrite);
    if (v && typeof v === 'object') {
      const out: Json = {};
      for (const [k, x] of Object.entries(v)) out[k] = k === '$ref' && typeof x === 'string' && x.startsWith('#/$defs/') ? `#/components/schemas/${rename(x.slice(8))}` : rewrite(x);
      return out;
    }
    return v;
  };
  for (const [k, d] of Object.entries(defs)) components[rename(k)] = rewrite(d) as Json;
  return rewrite(schema) as Json;
}

const ERROR_SCHEMA: Json = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, next: { type: 'string' }, details: {} },
    },
  },
};

const error = (description: string): Json => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

const ERRORS: Record<string, Json> = {
  '400': error('The input does not fit the request (says which field and why).'),
  '401': error('No token, or a token this Hearth does not know (revoked, mistyped).'),
  '403': error('The token’s scope or role does not allow this, or the subscription’s tier does not include the API.'),
  '404': error('No such device, plan or automation.'),
  '409': error('It conflicts with the home as it is now.'),
  '429': error('Too many requests from this address: wait for the time in Retry-After.'),
  '503': error('The API is turned off (Settings → API), or a radio is unavailable.'),
};

export function openApiDocument(version: string): Json {
  const components: Record<string, Json> = { Error: ERROR_SCHEMA };
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of API_ROUTES) {
    const inSchema = hoist(jsonSchema(route, 'input'), `${route.request}.input`, components);
    const outName = `${route.request}.output`;
    components[outName] = hoist(jsonSchema(route, 'output'), outName, components);
    const props = { ...((inSchema.properties ?? {}) as Record<string, Json>) };
    const required = new Set((inSchema.required ?? []) as string[]);
    const parameters: Json[] = pathParams(route.path).map((name) => {
      const schema = props[name] ?? { type: 'string' };
      delete props[name];
      required.delete(name);
      return { name, in: 'path', required: true, schema };
    });
    let requestBody: Json | undefined;
    if (route.method === 'GET') {
      for (const [name, schema] of Object.entries(props)) parameters.push({ name, in: 'query', required: required.has(name), schema });
    } else if (Object.keys(props).length > 0) {
      const body: Json = { ...inSchema, properties: props };
      if (required.size) body.required = [...required];
      else delete body.required;
      requestBody = { required: required.size > 0, content: { 'application/json': { schema: body } } };
    }
    const level = routeLevel(route);
    const op: Json = {
      operationId: route.request,
      summary: route.summary,
      description: `Contract request \`${route.request}\`. Needs a token with scope ${level} or wider${level === 'read' ? '' : ` and a role that may ${level === 'admin' ? 'administer the home (owner)' : 'control it'}`}.`,
      tags: [route.tag],
      'x-hearth-scope': level,
      ...(parameters.length ? { parameters } : {}),
      ...(requestBody ? { requestBody } : {}),
      responses: { '200': { description: 'Done.', content: { 'application/json': { schema: { $ref: `#/components/schemas/${outName}` } } } }, ...ERRORS },
    };
    (paths[route.path] ??= {})[route.method.toLowerCase()] = op;
  }
  paths['/events'] = {
    get: {
      operationId: 'events',
      summary: 'A WebSocket of live events.',
      description: `Upgrade to a WebSocket (the token as \`Authorization: Bearer …\`, or from a browser the subprotocols \`hearth\` and \`hearth-auth.<token>\`). Each message is \`{"type":"event","event":…,"payload":…}\` for ${API_EVENTS.map((e) => `\`${e}\``).join(', ')} (a guest hears only its rooms' device events). Needs scope read.`,
      tags: ['events'],
      'x-hearth-scope': 'read',
      parameters: [{ name: 'events', in: 'query', required: false, description: 'Only these events, comma-separated (e.g. a voice assistant relay: `assistants.alexa.changeReport`); default: all.', schema: { type: 'string' } }],
      responses: { '101': { description: 'Switching to the WebSocket protocol.' }, ...ERRORS },
    },
  };
  paths['/openapi.json'] = {
    get: {
      operationId: 'openapi',
      summary: 'This document.',
      tags: ['system'],
      security: [],
      responses: { '200': { description: 'The OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Hearth local API',
      version,
      description:
        'The same requests the Hearth app uses, over HTTP. Off by default: turn it on in Settings → API (or start the hub with --api). Every call needs a bearer token made in Settings → API or with `npx hearth token create`; each token has a scope (read, control, admin) and a household role (owner, member, guest). Requests are rate-limited per address before the token is checked, and every call is recorded in the audit log.',
    },
    servers: [{ url: API_PREFIX }],
    security: [{ bearer: [] }],
    tags: [...new Set(API_ROUTES.map((r) => r.tag)), 'events'].map((name) => ({ name })),
    paths,
    components: { schemas: components, securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'hearth_<id>_<secret>, shown once when the token is made.' } } },
  };
}
