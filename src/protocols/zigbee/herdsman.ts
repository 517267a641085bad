// The whole zigbee-herdsman and zigbee-herdsman-converters surface Hearth's Zigbee integration and its emulator use,
// re-exported from one place (as Matter's matterjs.ts); everything else in src/protocols/zigbee imports the
// libraries through this file, and nothing from them leaves the folder.

export {
  Controller,
  Zcl,
} from 'zigbee-herdsman';

export type {
  Events,
  Models,
} from 'zigbee-herdsman';

export type { Logger as HerdsmanLogger } from 'zigbee-herdsman/dist/utils/logger';

// herdsman's own UNPI implementation: the emulator's tests cross-check theirs against it.
export { Frame as HerdsmanUnpiFrame, Parser as HerdsmanUnpiParser } from 'zigbee-herdsman/dist/adapter/z-stack/unpi';

export * as zhc from 'zigbee-herdsman-converters';

// Each library has its own process-wide logger (see logging.ts).
export { setLogger as setHerdsmanLogger } from 'zigbee-herdsman';
/** The logger herdsman writes through (what setHerdsmanLogger installed): the logging test writes as herdsman does. */
export { logger as herdsmanLogger } from 'zigbee-herdsman/dist/utils/logger';
export { setLogger as setConvertersLogger } from 'zigbee-herdsman-converters';
