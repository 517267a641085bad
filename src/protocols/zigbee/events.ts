// Zigbee-specific progress events, delivered by ZigbeeAdapter.subscribeZigbee() next to the
// shared AdapterEvents. Only plain values.

export type InterviewStatus = 'started' | 'successful' | 'failed';

export type ZigbeeEvent =
  | { type: 'permitJoin'; open: boolean; seconds?: number; endsAt?: number }
  | { type: 'joined'; nativeId: string }
  | { type: 'interview'; nativeId: string; status: InterviewStatus; message?: string }
  | { type: 'configure'; nativeId: string; status: 'started' | 'done' | 'failed'; message?: string }
  | { type: 'left'; nativeId: string }
  | { type: 'scan'; done: number; total: number; current?: string };

export type ZigbeeListener = (event: ZigbeeEvent) => void;

export interface NetworkNode {
  nativeId: string;
  networkAddress: number;
  type: 'Coordinator' | 'Router' | 'EndDevice' | 'Unknown';
}

export interface NetworkLink {
  /** Device whose neighbour table reported the link. */
  source: string;
  target: string;
  lqi: number;
  relationship: 'parent' | 'child' | 'sibling' | 'none' | 'previousChild';
  depth: number;
}

export interface NetworkMap {
  nodes: NetworkNode[];
  links: NetworkLink[];
  /** Devices whose tables could not be read, with the reason. */
  failures: Array<{ nativeId: string; message: string }>;
  /** True when the scan stopped early (limit, time-out or cancellation). */
  partial: boolean;
  durationMs: number;
}

export interface BackupResult {
  path: string;
  devices: number;
  createdAt: string;
}
