// MT UTIL requests: device info, LED, association table.
import { ByteWriter, type ByteReader } from './bytes';
import type { ZnpCoordinator } from './coordinator';
import { Status, Util } from './mt';

/** Node relations in the association table (Z-Stack AssocList.h). */
const Relation = { CHILD_RFD: 1, CHILD_FFD_RX_IDLE: 4, NOTUSED: 0xff } as const;

export function handleUtil(c: ZnpCoordinator, command: number, r: ByteReader): Buffer | undefined {
  switch (command) {
    case Util.getDeviceInfo: {
      const children = c.joinedDevices();
      const w = new ByteWriter().u8(Status.SUCCESS).ieee(c.ieee).u16(0x0000).u8(0x07).u8(c.deviceState).u8(children.length);
      for (const d of children) w.u16(d.nwk);
      return w.build();
    }
    case Util.ledControl:
      r.u8();
      r.u8();
      return Buffer.from([Status.SUCCESS]);
    case Util.assocGetWithAddress: {
      const ieee = r.ieee();
      const nwk = r.u16();
      const children = c.joinedDevices();
      const idx = children.findIndex((d) => d.ieee === ieee || d.nwk === nwk);
      const d = children[idx];
      if (!d) return new ByteWriter().u16(0xfffe).u16(0xffff).u8(Relation.NOTUSED).build();
      return new ByteWriter().u16(d.nwk).u16(idx).u8(d.isRouter ? Relation.CHILD_FFD_RX_IDLE : Relation.CHILD_RFD).build();
    }
    case Util.assocRemove:
    case Util.assocAdd:
      return Buffer.from([Status.SUCCESS]);
    default:
      return undefined;
  }
}
