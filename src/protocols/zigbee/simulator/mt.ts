// Monitor & Test (MT) command identifiers and status codes of Z-Stack's ZNP interface, from the
// TI "Z-Stack Monitor and Test API" document. Only the commands the emulator understands are listed.

export const Subsystem = {
  RPC_ERROR: 0x00,
  SYS: 0x01,
  AF: 0x04,
  ZDO: 0x05,
  SAPI: 0x06,
  UTIL: 0x07,
  APP_CNF: 0x0f,
} as const;

export const Sys = {
  resetReq: 0x00,
  ping: 0x01,
  version: 0x02,
  getExtAddr: 0x04,
  osalNvItemInit: 0x07,
  osalNvRead: 0x08,
  osalNvWrite: 0x09,
  stackTune: 0x0f,
  osalNvDelete: 0x12,
  osalNvLength: 0x13,
  osalNvReadExt: 0x1c,
  osalNvWriteExt: 0x1d,
  nvCreate: 0x30,
  nvDelete: 0x31,
  nvLength: 0x32,
  nvRead: 0x33,
  nvWrite: 0x34,
  resetInd: 0x80,
} as const;

export const Af = {
  register: 0x00,
  dataRequest: 0x01,
  dataRequestExt: 0x02,
  dataConfirm: 0x80,
  incomingMsg: 0x81,
} as const;

export const Zdo = {
  nwkAddrReq: 0x00,
  ieeeAddrReq: 0x01,
  nodeDescReq: 0x02,
  simpleDescReq: 0x04,
  activeEpReq: 0x05,
  bindReq: 0x21,
  unbindReq: 0x22,
  mgmtLqiReq: 0x31,
  mgmtLeaveReq: 0x34,
  mgmtPermitJoinReq: 0x36,
  mgmtNwkUpdateReq: 0x37,
  msgCbRegister: 0x3e,
  startupFromApp: 0x40,
  extRouteDisc: 0x45,
  extFindGroup: 0x4a,
  extAddGroup: 0x4b,
  extNwkInfo: 0x50,
  nwkAddrRsp: 0x80,
  ieeeAddrRsp: 0x81,
  nodeDescRsp: 0x82,
  simpleDescRsp: 0x84,
  activeEpRsp: 0x85,
  bindRsp: 0xa1,
  unbindRsp: 0xa2,
  mgmtLqiRsp: 0xb1,
  mgmtLeaveRsp: 0xb4,
  mgmtPermitJoinRsp: 0xb6,
  stateChangeInd: 0xc0,
  endDeviceAnnceInd: 0xc1,
  leaveInd: 0xc9,
  tcDeviceInd: 0xca,
  permitJoinInd: 0xcb,
} as const;

export const Util = {
  getDeviceInfo: 0x00,
  ledControl: 0x0a,
  assocGetWithAddress: 0x4a,
  assocRemove: 0x63,
  assocAdd: 0x64,
} as const;

export const AppCnf = {
  bdbStartCommissioning: 0x05,
  bdbSetChannel: 0x08,
  bdbCommissioningNotification: 0x80,
} as const;

/** Z-Stack / MAC / NWK status codes used in replies. */
export const Status = {
  SUCCESS: 0x00,
  FAILURE: 0x01,
  INVALID_PARAMETER: 0x02,
  NV_ITEM_UNINIT: 0x09,
  NV_OPER_FAILED: 0x0a,
  NV_BAD_ITEM_LEN: 0x0c,
  ZDO_NOT_SUPPORTED: 0x84,
  ZDO_DEVICE_NOT_FOUND: 0x81,
  ZDO_INVALID_EP: 0x82,
  APS_DUPLICATE_ENTRY: 0xb8,
  NWK_NO_ROUTE: 0xcd,
  MAC_NO_ACK: 0xe9,
  MAC_TRANSACTION_EXPIRED: 0xf0,
} as const;

/** ZDO device states reported in ZDO_STATE_CHANGE_IND / UTIL_GET_DEVICE_INFO. */
export const DevState = { HOLD: 0, COORD_STARTING: 8, ZB_COORD: 9 } as const;

/** RPC error codes sent (as an SRSP of subsystem 0) for frames the ZNP cannot dispatch. */
export const RpcError = { INVALID_SUBSYSTEM: 1, INVALID_COMMAND_ID: 2, INVALID_PARAMETER: 3, INVALID_LENGTH: 4 } as const;

/** NV item ids (ZCD_NV_*) the emulator gives meaning to. */
export const NvId = {
  EXTADDR: 0x0001,
  STARTUP_OPTION: 0x0003,
  NIB: 0x0021,
  NWK_ACTIVE_KEY_INFO: 0x003a,
  NWK_ALTERN_KEY_INFO: 0x003b,
  APS_LINK_KEY_TABLE: 0x004c,
  HAS_CONFIGURED_ZSTACK3: 0x0060,
  PRECFGKEY: 0x0062,
  PRECFGKEYS_ENABLE: 0x0063,
  NWKKEY: 0x0082,
  PANID: 0x0083,
  CHANLIST: 0x0084,
  EXTENDED_PAN_ID: 0x002d,
  TCLK_SEED: 0x0101,
} as const;

/** Extended (Z-Stack 3.x.0 "NVOCMP") items live in system 1 (ZSTACK) as tables indexed by sub-id. */
export const NvSys = { ZSTACK: 1 } as const;
export const NvExId = { ADDRMGR: 0x0001, TCLK_TABLE: 0x0004, APS_KEY_DATA_TABLE: 0x0006, NWK_SEC_MATERIAL_TABLE: 0x0007 } as const;

/** Startup option bits (ZCD_NV_STARTUP_OPTION). */
export const StartupOption = { CLEAR_CONFIG: 0x01, CLEAR_STATE: 0x02 } as const;
