// The Z-Wave simulator's public face: a simulated USB stick (zwave-js's MockController with simulated products)
// reachable at tcp://127.0.0.1:<port>, for the demo home and the tests.
import { json700To500, jsonToNVM500, nvmToJSON } from './zwavejs';

export { startZWaveSimulator, type ZWaveSimulator, type ZWaveSimulatorOptions } from './server';
export type { SimNodeKind, SimNodeSpec, SimNodeState, SimSecurityClass, SimSpareSpec, ProductKey } from './spec';
export type { DeviceLabel } from './security';

/**
 * The same network as a 500-series stick would hold it (for trying a restore across stick generations): the
 * image of a 700-series backup, converted. Only plain bytes in and out.
 */
export async function as500SeriesImage(image: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const json = await nvmToJSON(image);
  const meta = { manufacturerID: 0x0086, firmwareID: 0x0001, productType: 0x0001, productID: 0x005a, library: 'static' as const };
  return new Uint8Array(await jsonToNVM500({ ...json700To500(json), meta } as never, '6.07'));
}
