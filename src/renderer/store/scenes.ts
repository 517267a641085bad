// Scenes: how the devices are now, captured under a name; applying one opens its plan to preview (scenes go
// through the plan dialog like any other change). Failures go to the notices.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scene } from '../../shared/automation';
import { applyScene, captureScene, listScenes, removeScene } from '../api/automations';
import { caller } from '../api/call';
import type { Client } from '../api/client';
import type { NoticesState } from './notices';
import type { PlansState } from './plans';

export interface ScenesState {
  /** By name. */
  scenes: Scene[];
  load(): Promise<void>;
  /** Captures the devices as they are now; true when it was saved. */
  capture(name: string): Promise<boolean>;
  /** Opens the plan that applies the scene (preview, then approve). */
  apply(sceneId: string): Promise<void>;
  remove(sceneId: string): Promise<void>;
}

const byName = (a: Scene, b: Scene) => a.name.localeCompare(b.name);

export function createScenesStore({ client, notices, plans }: { client: Client; notices: StoreApi<NoticesState>; plans: StoreApi<PlansState> }): StoreApi<ScenesState> {
  const call = caller({ client, report: (err) => notices.getState().report(err) });
  return createStore<ScenesState>()((set) => ({
    scenes: [],
    async load() {
      const scenes = await call(listScenes);
      if (scenes) set({ scenes: [...scenes].sort(byName) });
    },
    async capture(name) {
      const scene = await call(captureScene, name);
      if (!scene) return false;
      set((s) => ({ scenes: [...s.scenes.filter((x) => x.id !== scene.id), scene].sort(byName) }));
      return true;
    },
    async apply(sceneId) {
      const r = await call(applyScene, sceneId);
      if (r?.kind === 'plan') plans.getState().open(r.plan);
    },
    async remove(sceneId) {
      if (await call(removeScene, sceneId)) set((s) => ({ scenes: s.scenes.filter((x) => x.id !== sceneId) }));
    },
  }));
}
