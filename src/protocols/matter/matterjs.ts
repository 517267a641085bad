// The whole matter.js surface Hearth uses, re-exported from one place. Everything else in src/protocols/matter
// imports matter.js through this file, so the library's footprint is visible at a glance and nothing from it
// leaves this folder (adapter.ts and the simulator hand out plain values only).

export {
  AbortedError,
  AddressInUseError,
  BindError,
  CanceledError,
  Bytes,
  ChangeNotificationService,
  ChannelType,
  ClientNodePhysicalProperties,
  CommissioningClient,
  ControllerBehavior,
  Crypto,
  CRYPTO_PBKDF_ITERATIONS_MIN,
  DiscoveryError,
  Entropy,
  Environment,
  fromJson,
  InterfaceType,
  LogFormat,
  Logger,
  LogLevel,
  MAX_UDP_MESSAGE_SIZE,
  MemoryStorageDriver,
  Network,
  NoResponseTimeoutError,
  NetworkClient,
  NetworkError,
  NoAddressAvailableError,
  Seconds,
  ServerNode,
  StorageService,
  TimeoutError,
  toJson,
  UnexpectedDataError,
  Verhoeff,
} from '@matter/main';

export type {
  ClientNode,
  DataNamespace,
  Endpoint,
  EndpointType,
  NetworkInterface,
  NetworkInterfaceDetails,
  SupportedStorageTypes,
  TcpConnection,
  TcpConnectOptions,
  TcpListener,
  TcpListenerOptions,
  UdpSocket,
  UdpSocketOptions,
} from '@matter/main';

export {
  AdministratorCommissioningClient,
  BasicInformationClient,
  EthernetNetworkDiagnosticsServer,
  OperationalCredentialsClient,
  ThreadNetworkDiagnosticsServer,
  WiFiNetworkDiagnosticsServer,
} from '@matter/main/behaviors';

export {
  ColorTemperatureLightDevice,
  ContactSensorDevice,
  DimmableLightDevice,
  OnOffLightDevice,
  ThermostatDevice,
  ThermostatRequirements,
} from '@matter/main/devices';

export {
  CommissioningFlowType,
  DiscoveryCapabilitiesSchema,
  isValidPasscode,
  ManualPairingCodeCodec,
  QrPairingCodeCodec,
  StatusResponseError,
  VendorId,
} from '@matter/main/types';

export {
  ChannelStatusResponseError,
  CommissioningTimeoutError,
  ControllerCommissioningFlow,
  DeviceAlreadyCommissionedToThisFabricError,
  FabricManager,
  MaximumCommissionedFabricsReachedError,
  MdnsService,
  OperativeConnectionFailedError,
  PaseClient,
  PeerCommunicationError,
  PeerSet,
  RetransmissionLimitReachedError,
} from '@matter/main/protocol';
export type { PeerAddress } from '@matter/main/protocol';

export { Matter } from '@matter/main/model';
