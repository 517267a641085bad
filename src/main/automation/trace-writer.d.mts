import type { Trace } from '../../shared/plan';
import type { Db } from '../storage/db';

export declare const MAX_PER_RULE: number;
export declare const WRITTEN: 0;
export declare const FAILED: 1;
export interface TraceWriterState {
  held: Map<string, number> | null;
}
export declare function traceBatchWriter(db: Db, state: TraceWriterState): (batch: Trace[]) => void;
