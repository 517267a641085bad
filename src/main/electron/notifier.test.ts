// Desktop notifications for alerts (Electron host). There is no Electron binary here, so Electron's Notification and
// BrowserWindow are stood in for: each alert becomes one system notification with its title and words (errors
// critical), and clicking it brings the window back on the alert's fix; where the system has no notifications,
// nothing is attempted.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const made: Array<{ opts: { title: string; body: string; urgency: string }; shown: boolean; click?: () => void }> = [];
const win = { minimized: true, restored: false, focused: false, ran: [] as string[] };
let supported = true;

vi.mock('electron', () => {
  class Notification {
    static isSupported = () => supported;
    readonly rec: (typeof made)[number];
    constructor(opts: (typeof made)[number]['opts']) {
      this.rec = { opts, shown: false };
      made.push(this.rec);
    }
    on(event: string, fn: () => void) {
      if (event === 'click') this.rec.click = fn;
      return this;
    }
    show() {
      this.rec.shown = true;
    }
  }
  const BrowserWindow = {
    getAllWindows: () => [
      {
        isMinimized: () => win.minimized,
        restore: () => (win.restored = true),
        focus: () => (win.focused = true),
        webContents: { executeJavaScript: async (js: string) => void win.ran.push(js) },
      },
    ],
  };
  return { Notification, BrowserWindow };
});

const { electronNotifier } = await import('./notifier');

const alert = {
  id: 'device.offline:zwave:1-5', kind: 'device.offline', level: 'error', deviceId: 'zwave:1-5', title: 'Kettle Plug is offline',
  message: 'It does not answer.', fix: { label: 'See device health', screen: 'diagnostics?tab=devices', article: 'device-offline' },
} as const;

beforeEach(() => {
  made.length = 0;
  supported = true;
  Object.assign(win, { minimized: true, restored: false, focused: false, ran: [] });
});

describe('desktop notifications (Electron)', () => {
  it('shows an alert as one system notification, critical for errors, normal for warnings', () => {
    const n = electronNotifier();
    n.show(alert as never);
    n.show({ ...alert, id: 'battery.low:x', kind: 'battery.low', level: 'warning', title: 'Door Sensor: battery low', message: 'Battery at 9 %.' } as never);
    expect(made.map((m) => [m.opts, m.shown])).toEqual([
      [{ title: 'Kettle Plug is offline', body: 'It does not answer.', urgency: 'critical' }, true],
      [{ title: 'Door Sensor: battery low', body: 'Battery at 9 %.', urgency: 'normal' }, true],
    ]);
  });

  it('clicked, it brings the window back and opens the alert’s fix', () => {
    electronNotifier().show(alert as never);
    made[0]!.click!();
    expect(win).toMatchObject({ restored: true, focused: true, ran: ['window.location.hash = "#/diagnostics?tab=devices"'] });
  });

  it('does nothing where the system has no notifications', () => {
    supported = false;
    electronNotifier().show(alert as never);
    expect(made).toEqual([]);
  });
});
