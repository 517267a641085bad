// Reads an Open Coordinator Backup (zigpy/open-coordinator-backup JSON, what herdsman writes).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { HearthError } from '../../shared/errors';
import type { BackupMeta } from '../../shared/integration';

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-fA-F]{${bytes * 2}}$`));

const OpenCoordinatorBackup = z.object({
  metadata: z.object({
    format: z.literal('zigpy/open-coordinator-backup'),
    version: z.number(),
    source: z.string().optional(),
    internal: z.object({ date: z.string().optional() }).passthrough().optional(),
  }),
  coordinator_ieee: hex(8),
  pan_id: z.string().regex(/^[0-9a-fA-F]{1,4}$/),
  extended_pan_id: hex(8),
  channel: z.number().int().min(11).max(26),
  network_key: z.object({ key: hex(16) }).passthrough(),
  devices: z.array(z.object({ ieee_address: z.string() }).passthrough()).default([]),
});

export interface CoordinatorBackup {
  createdAt: string | null;
  source: string | null;
  coordinatorIeee: string;
  panId: number;
  extendedPanId: Uint8Array;
  channel: number;
  networkKey: Uint8Array;
  devices: number;
}

export function parseCoordinatorBackup(json: unknown): CoordinatorBackup {
  const b = OpenCoordinatorBackup.parse(json);
  return {
    createdAt: b.metadata.internal?.date ?? null,
    source: b.metadata.source ?? null,
    coordinatorIeee: `0x${b.coordinator_ieee.toLowerCase()}`,
    panId: parseInt(b.pan_id, 16),
    extendedPanId: new Uint8Array(Buffer.from(b.extended_pan_id, 'hex')),
    channel: b.channel,
    networkKey: new Uint8Array(Buffer.from(b.network_key.key, 'hex')),
    devices: b.devices.length,
  };
}

export function readCoordinatorBackup(file: string): CoordinatorBackup {
  return coordinatorBackupOf(readFileSync(file));
}

/** Reads an image (the JSON file's bytes); BAD_REQUEST when it is not a coordinator backup. */
export function coordinatorBackupOf(data: Uint8Array): CoordinatorBackup {
  try {
    return parseCoordinatorBackup(JSON.parse(Buffer.from(data).toString('utf8')));
  } catch (e) {
    throw new HearthError('BAD_REQUEST', 'That file is not a Zigbee coordinator backup Hearth can read.', 'Pick a backup from the list, or a file in Open Coordinator Backup format.', {
      detail: e instanceof Error ? e.message : String(e),
    });
  }
}

/** A coordinator backup as the generic backups facet describes images. */
export function backupMeta(b: CoordinatorBackup): BackupMeta {
  return {
    createdAt: b.createdAt,
    devices: b.devices,
    facts: { panId: b.panId, extendedPanId: Buffer.from(b.extendedPanId).toString('hex'), channel: b.channel, coordinatorIeee: b.coordinatorIeee },
  };
}
