// Subscriptions in hub mode against a home that is not the demo (the demo home is exempt from limits): the hub opens
// a Zigbee "stick" that is Hearth's Z-Stack emulator on 127.0.0.1, and bulbs join through real permit joins.
// On Free the 6th device is refused and a 6th automation's preview says it cannot be saved, with the way to upgrade; a test licence (HEARTH_TEST_LICENCES=1) unlocks Premium;
// removing it leaves the 6th device and automation read-only and shown as such. Then an Enterprise test licence opens the Business
// screen: a malformed ledger is refused by line, a good one gives the month's figures, the MRR chart and cohorts.
// The Home card of the read-only device says so and its controls are disabled; History says Free shows 7 days; at the
// end the Value screen draws its plots.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createPrivateKey } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { issueLicence } from '../src/main/subscriptions/licence';
import { startHub, tempDataDir, type Hub } from './hub';

const SHOTS = 'e2e/output';
const DAY = 86_400_000;
/** The bulbs' names once joined (words, so sentences name them plainly). */
const NAMES = ['Oak Lamp', 'Pine Lamp', 'Elm Lamp', 'Ash Lamp', 'Fir Lamp', 'Yew Lamp'];
const testKey = () => createPrivateKey(readFileSync('src/main/subscriptions/test-keys/test-private.pem'));
const licence = (tier: 'premium' | 'enterprise', customer: string) =>
  issueLicence({ v: 1, id: `TEST-${tier.toUpperCase()}-1`, customer, tier, homes: tier === 'enterprise' ? 25 : 1, issuedAt: Date.now() - DAY, expiresAt: Date.now() + 30 * DAY, trial: false }, testKey());

/** The Z-Stack emulator with six bulbs, in its own process (e2e/zigbee-stick.ts). */
class Stick {
  readonly out: string[] = [];
  private constructor(private readonly child: ChildProcess) {
    child.stdout!.on('data', (b: Buffer) => this.out.push(...b.toString().split('\n').filter(Boolean)));
    child.stderr!.on('data', (b: Buffer) => this.out.push(b.toString()));
  }
  static async start(): Promise<Stick> {
    const stick = new Stick(spawn('npx', ['tsx', 'e2e/zigbee-stick.ts', '6'], { stdio: ['pipe', 'pipe', 'pipe'] }));
    await stick.line(/^STICK /);
    return stick;
  }
  async line(re: RegExp, timeout = 30_000): Promise<string> {
    await expect.poll(() => this.out.some((l) => re.test(l)), { timeout, message: `stick said ${re}: ${this.out.join('\n')}` }).toBe(true);
    return this.out.find((l) => re.test(l))!;
  }
  get path(): string {
    return this.out.find((l) => l.startsWith('STICK '))!.slice(6);
  }
  ieee(i: number): string {
    return this.out.find((l) => l.startsWith(`BULB ${i} `))!.split(' ')[2]!;
  }
  send(cmd: string): void {
    this.child.stdin!.write(`${cmd}\n`);
  }
  async permitOpen(): Promise<boolean> {
    const n = this.out.length;
    this.send('permit');
    await expect.poll(() => this.out.slice(n).some((l) => l.startsWith('PERMIT '))).toBe(true);
    return this.out.slice(n).find((l) => l.startsWith('PERMIT '))!.endsWith('open');
  }
  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.stdin!.end();
    });
  }
}

async function shoot(page: Page, name: string) {
  // From the top, so the sticky header is not painted into the middle of a full-page picture.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/${name}-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Devices → Add device → Zigbee → open the network; returns the flow's region. */
async function openNetwork(page: Page) {
  await page.getByRole('link', { name: 'Devices' }).click();
  await page.getByRole('button', { name: 'Add device' }).click();
  await page.getByRole('region', { name: 'Add a device' }).getByRole('button', { name: /^Zigbee/ }).click();
  const flow = page.getByRole('region', { name: 'Add a Zigbee device' });
  await flow.getByRole('button', { name: 'Open the network for 3 minutes' }).click();
  return flow;
}

/** Automations → describe one in a sentence → Preview; returns the preview dialog. */
async function fromSentence(page: Page, text: string) {
  await page.getByRole('link', { name: 'Automations' }).click();
  await page.getByLabel('Describe an automation').fill(text);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  return page.getByRole('dialog', { name: new RegExp(`^${text}$`, 'i') });
}

async function saveFromSentence(page: Page, text: string) {
  const dialog = await fromSentence(page, text);
  await dialog.getByRole('button', { name: 'Save automation' }).click();
  await expect(dialog.getByRole('status')).toContainText('Saved as the automation');
  await dialog.getByRole('button', { name: 'Close' }).last().click();
}

const sentence = (i: number) => `every day at ${6 + i} turn on the ${NAMES[i]!.toLowerCase()}`;

async function joinAndWait(stick: Stick, flow: ReturnType<Page['getByRole']>, bulbs: number[]) {
  stick.send(`join ${bulbs.join(' ')}`);
  for (const i of bulbs) await stick.line(new RegExp(`^JOINED ${i}$`));
  for (const i of bulbs) {
    const joining = flow.getByRole('listitem', { name: new RegExp(stick.ieee(i)) });
    await expect(joining.getByRole('listitem').filter({ hasText: 'Ready' })).toContainText('(done)', { timeout: 60_000 });
    await joining.getByRole('textbox', { name: 'Name' }).fill(NAMES[i]!);
    await joining.getByRole('button', { name: 'Save' }).click();
    await expect(flow.page().getByRole('button', { name: `Details of ${NAMES[i]}` })).toBeVisible();
  }
  const stop = flow.getByRole('button', { name: 'Stop' });
  if (await stop.isVisible()) await stop.click();
  await flow.getByRole('button', { name: 'Close adding a device' }).click();
}

test.use({ actionTimeout: 30_000 });

test('on Free the 6th device and automation are refused with the way to upgrade; a licence unlocks Premium; removing it leaves the extra ones read-only', async ({ page }) => {
  test.setTimeout(300_000);
  const stick = await Stick.start();
  let hub: Hub | undefined;
  try {
    hub = await startHub(tempDataDir(), ['--zigbee-port', stick.path, '--zigbee-adapter', 'zstack'], { env: { HEARTH_TEST_LICENCES: '1' } });
    await page.goto(hub.url);
    await expect(page.getByRole('status', { name: /Status: Zigbee ready/ })).toBeVisible({ timeout: 90_000 });

    // Free, no demo: five bulbs join.
    await page.getByRole('link', { name: 'Subscription' }).click();
    await expect(page.getByRole('heading', { name: 'Free', level: 2 })).toBeVisible();
    await expect(page.getByTestId('demo-exempt')).toHaveCount(0);
    let flow = await openNetwork(page);
    await joinAndWait(stick, flow, [0, 1, 2, 3, 4]);

    // Five automations from sentences; the preview of a 6th says it cannot be saved on Free, and why, before approval.
    for (let i = 0; i < 5; i++) await saveFromSentence(page, sentence(i));
    const sixth = await fromSentence(page, sentence(5).replace('yew', 'oak'));
    await expect(sixth).toContainText("Can't be saved: Free allows 5 automations, and this home has 5. Upgrade in Subscription");
    await expect(sixth.getByRole('button', { name: 'Save automation' })).toBeDisabled();
    await sixth.screenshot({ path: `${SHOTS}/subscription-plan-limit.png` });
    await sixth.getByRole('button', { name: 'Cancel' }).click();

    // The 6th device: opening the network is refused, with the limit and the way to upgrade.
    await openNetwork(page);
    const refusal = page.getByRole('alert').filter({ hasText: 'Free allows 5 devices, and this home has 5.' });
    await expect(refusal).toBeVisible();
    await expect(refusal).toContainText('Upgrade in Subscription');
    expect(await stick.permitOpen()).toBe(false);
    await page.screenshot({ path: `${SHOTS}/subscription-refused.png` });
    await refusal.getByRole('button', { name: 'Open Subscription' }).click();
    await expect(page.getByRole('heading', { name: 'Subscription', level: 1 })).toBeVisible();
    await expect(page.getByTestId('usage-devices')).toContainText('5 of 5');

    // A wrong key is refused beside the field; the test licence unlocks Premium at once.
    await page.getByLabel(/Licence key/).fill('HEARTH1.not-a-licence');
    await page.getByRole('button', { name: 'Activate' }).click();
    await expect(page.locator('#licence-error')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Free', level: 2 })).toBeVisible();
    await page.getByLabel(/Licence key/).fill(licence('premium', 'Ada Lovelace'));
    await page.getByRole('button', { name: 'Activate' }).click();
    await expect(page.getByRole('heading', { name: /^Premium/, level: 2 })).toBeVisible();
    await expect(page.getByText('Test licence')).toBeVisible();
    await expect(page.getByText('Ada Lovelace')).toBeVisible();
    await expect(page.getByTestId('usage-devices')).toContainText('5 of 150');
    await shoot(page, 'subscription-premium');

    // Now the 6th device joins, and a 6th automation is saved.
    flow = await openNetwork(page);
    await joinAndWait(stick, flow, [5]);
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(7); // header + 6
    await saveFromSentence(page, sentence(5));

    // Downgrade: remove the licence. Nothing is deleted; the newest device is read-only, listed by name and marked.
    await page.getByRole('link', { name: 'Subscription' }).click();
    await page.getByRole('button', { name: 'Remove licence…' }).click();
    await page.getByRole('button', { name: 'Remove licence', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Free', level: 2 })).toBeVisible();
    await expect(page.getByTestId('usage-devices')).toContainText('6 of 5');
    const readOnly = page.getByTestId('readonly-now');
    await expect(readOnly.getByRole('listitem')).toHaveCount(2);
    await expect(readOnly.getByRole('listitem').first()).toContainText('Yew Lamp');
    await expect(readOnly.getByRole('listitem').last()).toContainText('Every day at 11 turn on the yew lamp');
    await shoot(page, 'subscription-downgraded');

    await page.getByRole('link', { name: 'Devices' }).click();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(7);
    const marked = page.getByRole('row').filter({ has: page.getByTestId('readonly-badge') });
    await expect(marked).toHaveCount(1);
    await expect(marked).toContainText('Yew Lamp');
    await marked.getByRole('button', { name: /^Details of/ }).click();
    await expect(page.getByTestId('readonly-note')).toContainText('Free allows 5 devices');
    await page.screenshot({ path: `${SHOTS}/subscription-readonly-device.png`, fullPage: true });

    // Home marks the same card read-only with the reason, its controls disabled; the other bulbs stay usable.
    await page.getByRole('link', { name: 'Home' }).click();
    const yew = page.getByRole('article', { name: 'Yew Lamp' });
    await expect(yew.getByTestId('readonly-note')).toContainText('Free allows 5 devices, and this one is beyond them. Nothing was deleted');
    await expect(yew.getByRole('switch', { name: 'Yew Lamp', exact: true })).toBeDisabled();
    await expect(yew.getByRole('switch', { name: 'Yew Lamp', exact: true })).toHaveAccessibleDescription(/Read-only.*Free allows 5 devices/);
    await expect(yew.getByRole('slider', { name: 'Yew Lamp brightness' })).toHaveAttribute('data-disabled', '');
    await expect(page.getByTestId('readonly-note')).toHaveCount(1);
    await expect(page.getByRole('switch', { name: 'Oak Lamp', exact: true })).toBeEnabled();
    await yew.scrollIntoViewIfNeeded();
    await yew.screenshot({ path: `${SHOTS}/subscription-readonly-card.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await yew.screenshot({ path: `${SHOTS}/subscription-readonly-card-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: `${SHOTS}/subscription-readonly-home.png`, fullPage: true });

    // History on Free: the last 7 days; a longer period says so in words, with the way to see more.
    await page.getByRole('link', { name: 'Diagnostics' }).click();
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('group', { name: 'Period' }).getByRole('button', { name: 'Last month' }).click();
    await expect(page.getByRole('note').filter({ hasText: 'Free shows the last 7 days; upgrade to see a year.' })).toContainText('Older readings are not deleted');
    await page.screenshot({ path: `${SHOTS}/subscription-history-free.png`, fullPage: true });

    // The Automations list marks the 6th automation read-only, with the reason.
    await page.getByRole('link', { name: 'Automations' }).click();
    const rules = page.getByRole('list', { name: 'Automations' });
    await expect(rules.getByTestId('readonly-note')).toHaveCount(1);
    await expect(rules.getByRole('listitem', { name: 'Every day at 11 turn on the yew lamp' }).getByTestId('readonly-note')).toContainText('Free allows 5 automations');
    await page.screenshot({ path: `${SHOTS}/subscription-readonly-automation.png`, fullPage: true });
    // One usable automation run by hand, so Value has a run to show.
    await rules.getByRole('listitem', { name: 'Every day at 6 turn on the oak lamp' }).getByRole('button', { name: 'Run Every day at 6 turn on the oak lamp now' }).click();

    // Business: locked on Free with the reason; an Enterprise test licence opens it.
    await page.getByRole('link', { name: 'Business' }).click();
    await expect(page.getByTestId('business-locked')).toContainText('Business analytics is part of Enterprise');
    await shoot(page, 'business-locked');
    await page.getByRole('button', { name: 'See the tiers in Subscription' }).click();
    await page.getByLabel(/Licence key/).fill(licence('enterprise', 'Hearth Installers Ltd'));
    await page.getByRole('button', { name: 'Activate' }).click();
    await expect(page.getByRole('heading', { name: /^Enterprise/, level: 2 })).toBeVisible();
    await page.getByRole('link', { name: 'Business' }).click();

    const file = page.getByTestId('ledger-file');
    const bad = 'date,customer,event,tier,cycle,amount\n2026-01-05,ann,start,premium,monthly,9.99\n2026-02-30,bob,start,premium,monthly,9.99\n2026-03-01,cid,upgrade,premium,monthly,€9.99\n';
    await file.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const error = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
    await expect(error).toContainText('line 3: date must be a real day');
    await expect(error).toContainText('line 4:');
    await expect(page.getByText('No ledger yet.')).toBeVisible();

    await file.setInputFiles({ name: 'ledger-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(LEDGER) });
    await expect(page.getByText(/ledger-2026\.csv/)).toBeVisible();
    await page.getByRole('combobox', { name: 'Month' }).selectOption('2026-02');
    const figures = page.getByTestId('business-figures');
    // February 2026 (worked out by hand): ann 9.99 + bob 24.99 + dan 99.99 + eve 8.325 + gus 24.99 = 168.285; flo left (9.99).
    await expect(figures).toContainText('$168.29');
    await expect(figures).toContainText('$2,019.42');
    await expect(page.getByTestId('mrr-chart').locator('canvas')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Cohort retention' }).getByRole('row')).not.toHaveCount(1);
    await shoot(page, 'business');

    // Value draws its plots for this home too (e2e/value.spec.ts checks their figures against the demo's plug).
    await page.getByRole('link', { name: 'Value' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Value' })).toBeVisible();
    for (const chart of ['chart-energy', 'chart-automations', 'chart-time', 'chart-return']) {
      await expect(page.getByTestId(chart).locator('canvas').first(), chart).toBeVisible();
    }
    await expect(page.getByTestId('automation-Every day at 6 turn on the oak lamp')).toContainText('1 run');
    await shoot(page, 'subscription-value');
  } finally {
    await hub?.stop();
    await stick.stop();
  }
});

const LEDGER = [
  'date,customer,event,tier,cycle,amount',
  '2025-03-04,ann,start,premium,monthly,9.99',
  '2025-04-11,bob,start,premium,monthly,9.99',
  '2025-05-20,cid,start,free,monthly,0',
  '2025-06-02,dan,start,professional,monthly,24.99',
  '2025-07-15,cid,cancel,,,',
  '2025-08-09,bob,upgrade,professional,monthly,24.99',
  '2025-09-01,eve,start,premium,annual,99.90',
  '2025-10-12,flo,start,premium,monthly,9.99',
  '2025-11-03,dan,upgrade,enterprise,monthly,99.99',
  '2025-12-19,gus,start,professional,monthly,24.99',
  '2026-02-01,flo,cancel,,,',
].join('\n');
