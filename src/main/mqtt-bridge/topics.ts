// Where Hearth publishes a home on MQTT (the layout is written down in README.md beside this file):
//
//   hearth/<home>/status                               online | offline  (retained; offline is the last will)
//   hearth/<home>/rejected                             why a command was refused (JSON, not retained)
//   hearth/<home>/<device>/availability                online | offline  (retained; the device's own health)
//   hearth/<home>/<device>/<entity>/state              the entity's state (retained)
//   hearth/<home>/<device>/<entity>/position           a cover's position 0–100 (retained)
//   hearth/<home>/<device>/<entity>/set                commands in
//   hearth/<home>/<device>/<entity>/set_position       a cover's position in
//   <discovery prefix>/<component>/hearth_<home>/<device>_<entity>/config   Home Assistant discovery (retained)
//
// <home> and <device> are made of letters, digits, '_' and '-' only, as discovery's node and object ids must be.
import { z } from 'zod';

/** A home id as it appears in topics: what a fleet's operator chooses (`--mqtt-home-id`), or one Hearth made up. */
export const HomeId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-zA-Z0-9_-]+$/, 'use only letters, digits, "_" and "-" (it is part of MQTT topics)');

/** A device id ("zwave:3", "matter:1-2") as a topic level and discovery object id ("zwave_3"). */
export function deviceSlug(deviceId: string): string {
  return deviceId.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 100);
}

export interface HomeTopics {
  base: string;
  status: string;
  rejected: string;
  /** The command topics to subscribe to. */
  commands: string[];
  /** Discovery configs of this home, to find (retained) ones left from devices that are gone. */
  ownConfigs: string;
  nodeId: string;
  device(deviceId: string): DeviceTopics;
  /** Reads a topic Hearth listens on: which device and entity, and which verb (set, set_position). */
  parseCommand(topic: string): { device: string; entity: string; verb: 'set' | 'set_position' } | null;
  config(component: string, deviceId: string, entity: string): string;
}

export interface DeviceTopics {
  availability: string;
  entity(key: string): string;
}

export function homeTopics(homeId: string, discoveryPrefix: string): HomeTopics {
  const base = `hearth/${homeId}`;
  const nodeId = `hearth_${homeId}`;
  return {
    base,
    status: `${base}/status`,
    rejected: `${base}/rejected`,
    commands: [`${base}/+/+/set`, `${base}/+/+/set_position`],
    ownConfigs: `${discoveryPrefix}/+/${nodeId}/+/config`,
    nodeId,
    device(deviceId) {
      const d = `${base}/${deviceSlug(deviceId)}`;
      return { availability: `${d}/availability`, entity: (key) => `${d}/${key}` };
    },
    parseCommand(topic) {
      if (!topic.startsWith(`${base}/`)) return null;
      const parts = topic.slice(base.length + 1).split('/');
      if (parts.length !== 3) return null;
      const [device, entity, verb] = parts as [string, string, string];
      if (verb !== 'set' && verb !== 'set_position') return null;
      return { device, entity, verb };
    },
    config: (component, deviceId, entity) => `${discoveryPrefix}/${component}/${nodeId}/${deviceSlug(deviceId)}_${entity}/config`,
  };
}
