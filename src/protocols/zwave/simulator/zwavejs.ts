// The zwave-js surface the simulated stick uses (MockController, mock nodes, CC frames, NVM images), re-exported
// from one place; the rest of the simulator imports zwave-js through this file.

export {
  BinarySwitchCCGet,
  BinarySwitchCCReport,
  BinarySwitchCCSet,
  ECDHProfiles,
  FirmwareUpdateMetaDataCCGet,
  FirmwareUpdateMetaDataCCMetaDataGet,
  FirmwareUpdateMetaDataCCMetaDataReport,
  FirmwareUpdateMetaDataCCRequestGet,
  FirmwareUpdateMetaDataCCRequestReport,
  FirmwareUpdateMetaDataCCStatusReport,
  FirmwareUpdateRequestStatus,
  FirmwareUpdateStatus,
  KEXSchemes,
  MeterCCGet,
  MeterCCReport,
  MultilevelSensorCCGet,
  MultilevelSensorCCReport,
  MultilevelSwitchCCGet,
  MultilevelSwitchCCReport,
  MultilevelSwitchCCSet,
  RateType,
  Security2CC,
  Security2CCKEXFail,
  Security2CCKEXReport,
  Security2CCKEXSet,
  Security2CCNetworkKeyReport,
  Security2CCPublicKeyReport,
  SecurityCCNetworkKeySet,
  ThermostatSetpointCCGet,
  ThermostatSetpointCCReport,
  ThermostatSetpointCCSet,
  ThermostatSetpointType,
} from '@zwave-js/cc';

export type {
  CommandClass,
} from '@zwave-js/cc';

export {
  CommandClasses,
  CRC16_CCITT,
  ProtocolDataRate,
  dskToString,
  keyPairFromRawECDHPrivateKey,
  SecurityClass,
} from '@zwave-js/core';

export {
  json700To500,
  jsonToNVM,
  jsonToNVM500,
  nvmToJSON,
} from '@zwave-js/nvmedit';

export type {
  NVMJSON,
  NVMJSONNode,
} from '@zwave-js/nvmedit';

export {
  FunctionType,
  Message,
  MessageType,
  SendDataBridgeRequest,
  SendDataBridgeRequestTransmitReport,
  SendDataRequest,
  SendDataRequestTransmitReport,
  SerialAPIParser,
  SerialAPIStartedRequest,
  SerialAPIWakeUpReason,
  serializableTXReportToTXReport,
  ZWaveSerialFrameType,
} from '@zwave-js/serial';

export {
  createAndOpenMockedZWaveSerialPort,
} from '@zwave-js/serial/mock';

export {
  Bytes,
} from '@zwave-js/shared';

export {
  ccCaps,
  createMockZWaveRequestFrame,
  getDefaultSupportedFunctionTypes,
  MockController,
  MockNode,
} from '@zwave-js/testing';

export type {
  MockControllerBehavior,
  MockNodeBehavior,
  MockNodeOptions,
  NodePendingInclusion,
  PartialCCCapabilities,
} from '@zwave-js/testing';

export {
  createDefaultMockControllerBehaviors,
  createDefaultMockNodeBehaviors,
} from 'zwave-js/Testing';
