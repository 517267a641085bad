// Zigbee's own events in the integration's stream (as 'stack' events, next to the generic ones), and the
// network map as the scan reads it. Only plain values.

export type InterviewStatus = 'started' | 'successful' | 'failed';

export type ZigbeeEvent =
  | { type: 'permitJoin'; open: boolean; seconds?: number; endsAt?: number }
  | { type: 'joined'; nativeId: string }
  | { type: 'interview'; nativeId: string; status: InterviewStatus; message?: string }
  | { type: 'configure'; nativeId: string; status: 'started' | 'done' | 'failed'; message?: string }
  | { type: 'left'; nativeId: string };

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
