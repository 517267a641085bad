// MT SYS (ping, version, NV access) and APP_CNF (BDB commissioning) requests.
import { ByteWriter, type ByteReader } from './bytes';
import type { ZnpCoordinator } from './coordinator';
import { AppCnf, NvId, Status, Sys } from './mt';

/** MT_CAP_SYS | MAC | NWK | AF | ZDO | SAPI | UTIL | DEBUG | APP | ZOAD flags as a CC2652 ZNP reports them. */
const CAPABILITIES = 0x0679;
/** Chunk size for NV reads: MT payload limit minus status and length bytes. */
const NV_CHUNK = 248;

export function handleSys(c: ZnpCoordinator, command: number, r: ByteReader): Buffer | undefined {
  const w = new ByteWriter();
  switch (command) {
    case Sys.ping:
      return w.u16(CAPABILITIES).build();
    case Sys.version:
      // transport 2, product 1 (Z-Stack 3.x.0), 2.7.1, firmware build date
      return w.u8(2).u8(1).u8(2).u8(7).u8(1).u32(20230507).build();
    case Sys.getExtAddr:
      return w.ieee(c.ieee).build();
    case Sys.stackTune: {
      r.u8();
      return w.u8(r.u8()).build();
    }
    case Sys.osalNvLength:
      return w.u16(c.nv.length(r.u16())).build();
    case Sys.osalNvItemInit: {
      const id = r.u16();
      const len = r.u16();
      const initLen = r.u8();
      return w.u8(c.nv.init(id, len, r.bytes(initLen))).build();
    }
    case Sys.osalNvRead:
    case Sys.osalNvReadExt: {
      const id = r.u16();
      const offset = command === Sys.osalNvRead ? r.u8() : r.u16();
      const { status, value } = c.nv.read(id, offset, NV_CHUNK);
      return w.u8(status).u8(value.length).bytes(value).build();
    }
    case Sys.osalNvWrite:
    case Sys.osalNvWriteExt: {
      const id = r.u16();
      const offset = command === Sys.osalNvWrite ? r.u8() : r.u16();
      const len = command === Sys.osalNvWrite ? r.u8() : r.u16();
      return w.u8(c.nv.write(id, offset, r.bytes(len))).build();
    }
    case Sys.osalNvDelete: {
      const id = r.u16();
      return w.u8(c.nv.remove(id, r.u16())).build();
    }
    case Sys.nvLength:
      return w.u32(c.nv.exLength(r.u8(), r.u16(), r.u16())).build();
    case Sys.nvCreate:
      return w.u8(c.nv.exCreate(r.u8(), r.u16(), r.u16(), r.u32())).build();
    case Sys.nvDelete:
      return w.u8(c.nv.exDelete(r.u8(), r.u16(), r.u16())).build();
    case Sys.nvRead: {
      const [sys, item, sub, offset, len] = [r.u8(), r.u16(), r.u16(), r.u16(), r.u8()];
      const { status, value } = c.nv.exRead(sys, item, sub, offset, len);
      return w.u8(status).u8(value.length).bytes(value).build();
    }
    case Sys.nvWrite: {
      const [sys, item, sub, offset, len] = [r.u8(), r.u16(), r.u16(), r.u16(), r.u8()];
      return w.u8(c.nv.exWrite(sys, item, sub, offset, r.bytes(len))).build();
    }
    default:
      return undefined;
  }
}

export function handleAppCnf(c: ZnpCoordinator, command: number, r: ByteReader): Buffer | undefined {
  switch (command) {
    case AppCnf.bdbSetChannel:
      r.u8();
      r.u32();
      return Buffer.from([Status.SUCCESS]);
    case AppCnf.bdbStartCommissioning: {
      const mode = r.u8();
      if (mode & 0x04) {
        // Network formation: always form fresh from the commissioning items.
        c.nv.delete(NvId.NIB);
        if (!c.startNetwork(200, true)) return Buffer.from([Status.FAILURE]);
      }
      return Buffer.from([Status.SUCCESS]);
    }
    default:
      return undefined;
  }
}
