// The emulated ZNP's non-volatile memory: legacy OSAL items (16-bit id) and Z-Stack 3.x.0
// extended items (system id, item id, sub id). Pure storage with the MT status semantics.
import { Status } from './mt';

type Key = string;
const exKey = (sys: number, item: number, sub: number): Key => `${sys}:${item}:${sub}`;

export class NvStore {
  private readonly items = new Map<number, Buffer>();
  private readonly ex = new Map<Key, Buffer>();

  get(id: number): Buffer | undefined {
    return this.items.get(id);
  }

  set(id: number, value: Uint8Array): void {
    this.items.set(id, Buffer.from(value));
  }

  delete(id: number): void {
    this.items.delete(id);
  }

  length(id: number): number {
    return this.items.get(id)?.length ?? 0;
  }

  /** osalNvItemInit: 0x09 (NV_ITEM_UNINIT) when created now, SUCCESS when it already existed. */
  init(id: number, len: number, initValue: Uint8Array): number {
    if (this.items.has(id)) return Status.SUCCESS;
    const item = Buffer.alloc(len);
    Buffer.from(initValue).copy(item, 0, 0, Math.min(len, initValue.length));
    this.items.set(id, item);
    return Status.NV_ITEM_UNINIT;
  }

  read(id: number, offset: number, max: number): { status: number; value: Buffer } {
    const item = this.items.get(id);
    if (!item) return { status: Status.NV_ITEM_UNINIT, value: Buffer.alloc(0) };
    if (offset > item.length) return { status: Status.NV_BAD_ITEM_LEN, value: Buffer.alloc(0) };
    return { status: Status.SUCCESS, value: Buffer.from(item.subarray(offset, offset + max)) };
  }

  write(id: number, offset: number, value: Uint8Array): number {
    const item = this.items.get(id);
    if (!item) return Status.NV_ITEM_UNINIT;
    if (offset + value.length > item.length) return Status.NV_BAD_ITEM_LEN;
    Buffer.from(value).copy(item, offset);
    return Status.SUCCESS;
  }

  remove(id: number, len: number): number {
    const item = this.items.get(id);
    if (!item) return Status.NV_ITEM_UNINIT;
    if (item.length !== len) return Status.NV_BAD_ITEM_LEN;
    this.items.delete(id);
    return Status.SUCCESS;
  }

  exGet(sys: number, item: number, sub: number): Buffer | undefined {
    return this.ex.get(exKey(sys, item, sub));
  }

  exSet(sys: number, item: number, sub: number, value: Uint8Array): void {
    this.ex.set(exKey(sys, item, sub), Buffer.from(value));
  }

  exCreate(sys: number, item: number, sub: number, len: number): number {
    const key = exKey(sys, item, sub);
    if (this.ex.has(key)) return Status.SUCCESS;
    this.ex.set(key, Buffer.alloc(len));
    return Status.SUCCESS;
  }

  exRead(sys: number, item: number, sub: number, offset: number, len: number): { status: number; value: Buffer } {
    const entry = this.ex.get(exKey(sys, item, sub));
    if (!entry) return { status: Status.NV_ITEM_UNINIT, value: Buffer.alloc(0) };
    if (offset + len > entry.length) return { status: Status.NV_BAD_ITEM_LEN, value: Buffer.alloc(0) };
    return { status: Status.SUCCESS, value: Buffer.from(entry.subarray(offset, offset + len)) };
  }

  exWrite(sys: number, item: number, sub: number, offset: number, value: Uint8Array): number {
    const entry = this.ex.get(exKey(sys, item, sub));
    if (!entry) return Status.NV_ITEM_UNINIT;
    if (offset + value.length > entry.length) return Status.NV_BAD_ITEM_LEN;
    Buffer.from(value).copy(entry, offset);
    return Status.SUCCESS;
  }

  exDelete(sys: number, item: number, sub: number): number {
    return this.ex.delete(exKey(sys, item, sub)) ? Status.SUCCESS : Status.NV_ITEM_UNINIT;
  }

  exLength(sys: number, item: number, sub: number): number {
    return this.ex.get(exKey(sys, item, sub))?.length ?? 0;
  }

  /** Entries of one extended table, in sub-id order. */
  exTable(sys: number, item: number): Buffer[] {
    const out: Buffer[] = [];
    for (let sub = 0; ; sub++) {
      const e = this.ex.get(exKey(sys, item, sub));
      if (!e) return out;
      out.push(e);
    }
  }
}
