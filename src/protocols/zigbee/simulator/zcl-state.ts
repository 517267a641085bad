// Attribute storage of a virtual device plus ZCL reporting bookkeeping (Configure Reporting,
// bindings, reportable change). Cluster/attribute ids and data types come from zigbee-herdsman's
// ZCL definitions so the emulated device uses the same types a real one announces.
import { Zcl } from '../herdsman';

export type AttrValue = number | string;

export interface AttrRecord {
  id: number;
  type: number;
  value: AttrValue;
}

export interface ReportConfig {
  min: number;
  max: number;
  change: number;
}

export type AttrKey = `${number}:${number}:${number}`;
export const attrKey = (ep: number, cluster: number, attr: number): AttrKey => `${ep}:${cluster}:${attr}`;

export function clusterId(cluster: string | number): number {
  return Zcl.Utils.getCluster(cluster).ID;
}

/** Resolves an attribute by name (or id) to its id and ZCL data type. */
export function resolveAttr(cluster: string | number, attr: string | number): { clusterId: number; id: number; type: number } {
  const def = Zcl.Utils.getCluster(cluster);
  const a = Zcl.Utils.getClusterAttribute(def, attr, undefined);
  if (!a) throw new Error(`attribute ${String(attr)} is not defined for cluster ${def.name}`);
  return { clusterId: def.ID, id: a.ID, type: a.type };
}

export type ChangeListener = (ep: number, cluster: number, attr: AttrRecord, previous: AttrValue | undefined) => void;

export class ZclAttributeStore {
  private readonly attrs = new Map<AttrKey, AttrRecord>();
  readonly reporting = new Map<AttrKey, ReportConfig>();
  private readonly listeners: ChangeListener[] = [];

  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  define(ep: number, cluster: string | number, attr: string | number, value: AttrValue): void {
    const r = resolveAttr(cluster, attr);
    this.attrs.set(attrKey(ep, r.clusterId, r.id), { id: r.id, type: r.type, value });
  }

  record(ep: number, cluster: number, attrId: number): AttrRecord | undefined {
    return this.attrs.get(attrKey(ep, cluster, attrId));
  }

  get(ep: number, cluster: string | number, attr: string | number): AttrValue | undefined {
    const r = resolveAttr(cluster, attr);
    return this.attrs.get(attrKey(ep, r.clusterId, r.id))?.value;
  }

  /** Sets a value; listeners hear about it only when it actually changed. */
  set(ep: number, cluster: string | number, attr: string | number, value: AttrValue): void {
    const r = resolveAttr(cluster, attr);
    this.setById(ep, r.clusterId, r.id, value);
  }

  setById(ep: number, cluster: number, attrId: number, value: AttrValue): boolean {
    const rec = this.attrs.get(attrKey(ep, cluster, attrId));
    if (!rec) return false;
    const previous = rec.value;
    rec.value = value;
    if (previous !== value) for (const l of this.listeners) l(ep, cluster, rec, previous);
    return true;
  }

  /** Every attribute value, keyed "ep:cluster:attr" (what the device keeps across a power cycle). */
  snapshot(): Record<AttrKey, AttrValue> {
    return Object.fromEntries([...this.attrs.entries()].map(([k, r]) => [k, r.value]));
  }

  /** Puts saved values back without telling listeners (nothing changed "on air"). Unknown keys are ignored. */
  load(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) {
      const rec = this.attrs.get(k as AttrKey);
      if (rec && (typeof v === 'number' || typeof v === 'string') && typeof v === typeof rec.value) rec.value = v;
    }
  }

  /** Attributes of one cluster on one endpoint. */
  clusterRecords(ep: number, cluster: number): AttrRecord[] {
    const prefix = `${ep}:${cluster}:`;
    return [...this.attrs.entries()].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v);
  }

  /** Whether a change from `previous` to `rec.value` passes the configured reportable change. */
  static passesChange(rec: AttrRecord, previous: AttrValue | undefined, cfg: ReportConfig): boolean {
    if (!Zcl.Utils.isAnalogDataType(rec.type)) return true;
    if (typeof rec.value !== 'number' || typeof previous !== 'number') return true;
    return Math.abs(rec.value - previous) >= Math.max(cfg.change, 0);
  }
}
