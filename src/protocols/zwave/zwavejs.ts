// The whole zwave-js surface Hearth's Z-Wave integration uses, re-exported from one place (as Matter's matterjs.ts).
// Everything else in src/protocols/zwave imports zwave-js through this file (the simulator through
// simulator/zwavejs.ts), so the library's footprint is visible at a glance; nothing from it leaves this folder.

export {
  CommandClasses,
  QRCodeVersion,
  SecurityClass,
} from '@zwave-js/core';

export type {
  ValueID,
  ValueMetadata,
} from '@zwave-js/core';

export {
  migrateNVM,
  nvm500ToJSON,
  nvmToJSON,
} from '@zwave-js/nvmedit';

export {
  Driver,
  ExclusionStrategy,
  extractFirmware,
  FirmwareUpdateStatus,
  guessFirmwareFileFormat,
  InclusionStrategy,
  InterviewStage,
  NodeStatus,
  parseQRCodeString,
  Protocols,
  ProvisioningEntryStatus,
  RemoveNodeReason,
  SecurityBootstrapFailure,
  SetValueStatus,
  ZWaveError,
  ZWaveErrorCodes,
} from 'zwave-js';

export type {
  Firmware,
  InclusionResult,
  InclusionUserCallbacks,
  RebuildRoutesStatus,
  SmartStartProvisioningEntry,
  ZWaveNode,
} from 'zwave-js';

// zwave-js logs through winston: Hearth hands it one transport (log.ts) instead of zwave-js's own log file.
export { default as WinstonTransport } from 'winston-transport';
