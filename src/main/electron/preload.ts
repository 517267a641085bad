// Sandboxed preload: exposes one function per contract request and one event subscription, nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isEventName, requestNames } from '../../shared/contract';
import { IPC_EVENT_CHANNEL, IPC_REQUEST_PREFIX } from '../../shared/wire';

const requests = Object.fromEntries(
  requestNames.map((name) => [name, (params: unknown) => ipcRenderer.invoke(IPC_REQUEST_PREFIX + name, params)]),
);

contextBridge.exposeInMainWorld('hearth', {
  requests,
  onEvent(cb: (event: string, payload: unknown) => void) {
    const listener = (_e: IpcRendererEvent, msg: { event?: unknown; payload?: unknown }) => {
      if (msg && isEventName(msg.event)) cb(msg.event, msg.payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, listener);
    };
  },
});
