// Desktop notifications for health alerts in the Electron host (the hub has none): each new alert once, as a
// system Notification; clicking it brings the window forward on the alert's fix.
import { BrowserWindow, Notification } from 'electron';
import type { DesktopNotifier } from '../diagnostics/health/alerts';

export function electronNotifier(): DesktopNotifier {
  return {
    show(alert) {
      if (!Notification.isSupported()) return;
      const n = new Notification({ title: alert.title, body: alert.message, urgency: alert.level === 'error' ? 'critical' : 'normal' });
      n.on('click', () => {
        const win = BrowserWindow.getAllWindows()[0];
        if (!win) return;
        if (win.isMinimized()) win.restore();
        win.focus();
        void win.webContents.executeJavaScript(`window.location.hash = ${JSON.stringify(`#/${alert.fix.screen}`)}`);
      });
      n.show();
    },
  };
}
