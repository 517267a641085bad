// Electron's transport for the contract: one ipcMain.handle per request, each behind the sender check;
// core events are pushed to every window on one channel.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { requestNames } from '../../shared/contract';
import { IPC_EVENT_CHANNEL, IPC_REQUEST_PREFIX, type Reply } from '../../shared/wire';
import type { EventBus } from '../bus';
import type { Logger } from '../../shared/logger';
import type { Dispatch } from '../transport/dispatch';
import { isTrustedSender } from './sender';

export function registerIpc(dispatch: Dispatch, bus: EventBus, windows: () => BrowserWindow[], log: Logger): () => void {
  for (const name of requestNames) {
    ipcMain.handle(IPC_REQUEST_PREFIX + name, async (event: IpcMainInvokeEvent, params: unknown): Promise<Reply> => {
      const frame = event.senderFrame;
      if (!isTrustedSender({ frameUrl: frame?.url ?? null, isMainFrame: frame !== null && frame === event.sender.mainFrame })) {
        log.warn(`refused IPC ${name} from ${frame?.url ?? 'a closed frame'}`);
        return { ok: false, error: { code: 'UNAUTHORIZED', message: 'This page may not talk to Hearth.' } };
      }
      return dispatch(name, params, { actor: 'electron:window' });
    });
  }
  const stop = bus.onAny('electron-ipc', (event, payload) => {
    for (const w of windows()) if (!w.isDestroyed()) w.webContents.send(IPC_EVENT_CHANNEL, { event, payload });
  });
  return () => {
    stop();
    for (const name of requestNames) ipcMain.removeHandler(IPC_REQUEST_PREFIX + name);
  };
}
