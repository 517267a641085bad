// TCP transport of the emulator (what a serial-over-TCP bridge or an Ethernet coordinator offers),
// bound to loopback only, with fault switches between the wire and the ZNP.
import { type AddressInfo, type Server, type Socket, createServer } from 'node:net';
import type { ZnpCoordinator } from './coordinator';
import { MsgType, type UnpiFrame, UnpiDecoder, type UnpiFrameError, encodeFrame } from './unpi';

export type Direction = 'toHost' | 'fromHost';

export interface FrameFilter {
  type?: MsgType;
  subsystem?: number;
  command?: number;
}

interface DropRule {
  direction: Direction;
  remaining: number;
  filter: FrameFilter;
}

export interface TransportStats {
  framesFromHost: number;
  framesToHost: number;
  dropped: Array<{ direction: Direction; frame: UnpiFrame }>;
  decodeErrors: UnpiFrameError[];
  connections: number;
}

const matches = (f: UnpiFrame, filter: FrameFilter) =>
  (filter.type === undefined || f.type === filter.type) &&
  (filter.subsystem === undefined || f.subsystem === filter.subsystem) &&
  (filter.command === undefined || f.command === filter.command);

export class ZnpTcpServer {
  private server: Server | undefined;
  private socket: Socket | undefined;
  private readonly drops: DropRule[] = [];
  delayMs = 0;
  readonly stats: TransportStats = { framesFromHost: 0, framesToHost: 0, dropped: [], decodeErrors: [], connections: 0 };

  constructor(
    private readonly coordinator: ZnpCoordinator,
    private readonly log: (message: string) => void,
  ) {}

  /** Listens on 127.0.0.1 (never another interface); resolves with the port. */
  async listen(port = 0): Promise<number> {
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    return (server.address() as AddressInfo).port;
  }

  get connected(): boolean {
    return this.socket !== undefined && !this.socket.destroyed;
  }

  /** Drops the next `count` frames travelling in `direction` that match `filter`. */
  dropNext(count: number, direction: Direction = 'toHost', filter: FrameFilter = {}): void {
    this.drops.push({ direction, remaining: count, filter });
  }

  /** Cuts the TCP connection, as when the adapter is unplugged or its bridge restarts. */
  disconnect(): void {
    this.socket?.destroy();
    this.socket = undefined;
    this.coordinator.connect(undefined);
  }

  async close(): Promise<void> {
    this.disconnect();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(socket: Socket): void {
    if (this.socket) {
      this.log('new host connection replaces the previous one');
      this.socket.destroy();
    }
    this.socket = socket;
    this.stats.connections++;
    socket.setNoDelay(true);
    const decoder = new UnpiDecoder(
      (frame) => {
        this.stats.framesFromHost++;
        if (this.shouldDrop('fromHost', frame)) return;
        this.coordinator.handle(frame);
      },
      (error) => {
        this.stats.decodeErrors.push(error);
        this.log(`UNPI ${error.code}: ${error.message}`);
      },
    );
    socket.on('data', (chunk) => decoder.push(chunk));
    socket.on('error', (e) => this.log(`socket error: ${e.message}`));
    socket.on('close', () => {
      if (this.socket === socket) {
        this.socket = undefined;
        this.coordinator.connect(undefined);
      }
    });
    this.coordinator.connect((frame) => this.toHost(socket, frame));
  }

  private toHost(socket: Socket, frame: UnpiFrame): void {
    if (this.shouldDrop('toHost', frame)) return;
    const write = () => {
      if (socket.destroyed) return;
      this.stats.framesToHost++;
      socket.write(encodeFrame(frame));
    };
    if (this.delayMs > 0) setTimeout(write, this.delayMs);
    else write();
  }

  private shouldDrop(direction: Direction, frame: UnpiFrame): boolean {
    const rule = this.drops.find((r) => r.direction === direction && r.remaining > 0 && matches(frame, r.filter));
    if (!rule) return false;
    rule.remaining--;
    if (rule.remaining === 0) this.drops.splice(this.drops.indexOf(rule), 1);
    this.stats.dropped.push({ direction, frame });
    this.log(`fault: dropped ${direction} frame ${MsgType[frame.type]} ${frame.subsystem}/0x${frame.command.toString(16)}`);
    return true;
  }
}
