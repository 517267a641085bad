// Settings → Weather & calendars (issue 15): with Online services off nothing is fetched and the section says so; the
// person sets the home's location, gives the consent there, and sees the forecast (a recorded Open-Meteo answer served
// from 127.0.0.1 by this test, reached through the hub's weather test seam, HEARTH_TEST_WEATHER_URL) with its source
// and age; only rounded coordinates reach the server. A calendar with no name is refused in the core's words; an ICS
// calendar added by address (also served here) shows its events; a rule with calendar conditions shows, before it is
// saved, whether each holds now. Screenshots of the section and of the rule's preview, light and dark.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startHub, tempDataDir } from './hub';

const SHOTS = 'e2e/output';

/** The part in light and dark; the sticky top bar is let scroll away so it does not cover a tall part's top. */
async function shoot(page: Page, part: Locator, name: string) {
  const bar = page.locator('.topbar');
  await bar.evaluate((el) => void (el.style.position = 'static'));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await part.screenshot({ path: `${SHOTS}/${name}${scheme === 'dark' ? '-dark' : ''}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await bar.evaluate((el) => void (el.style.position = ''));
}

const HOUR = 3_600_000;
const icsTime = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The recorded Oslo answer moved in time so that its second hour is the hour now (a forecast is only used for its own hours). */
function forecastNow(): { body: string; temperatureNow: number } {
  const recorded = JSON.parse(readFileSync('src/main/weather/fixtures/open-meteo-oslo.json', 'utf8')) as { hourly: { time: number[]; temperature_2m: number[] } };
  const first = Math.floor(Date.now() / HOUR) * HOUR - HOUR;
  recorded.hourly.time = recorded.hourly.time.map((_, i) => (first + i * HOUR) / 1000);
  return { body: JSON.stringify(recorded), temperatureNow: recorded.hourly.temperature_2m[1]! };
}

/** A family calendar: "Vacation" on now, "Dentist" tomorrow. */
function familyIcs(): string {
  const now = Date.now();
  const event = (uid: string, summary: string, start: number, end: number) =>
    ['BEGIN:VEVENT', `UID:${uid}@hearth.test`, `DTSTAMP:${icsTime(now)}`, `DTSTART:${icsTime(start)}`, `DTEND:${icsTime(end)}`, `SUMMARY:${summary}`, 'END:VEVENT'];
  return [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hearth e2e//EN',
    ...event('vacation', 'Vacation', now - HOUR, now + 3 * HOUR),
    ...event('dentist', 'Dentist', now + 24 * HOUR, now + 25 * HOUR),
    'END:VCALENDAR',
  ].join('\r\n');
}

test('the forecast and an ICS calendar in Settings, with the consent, and what they say in a rule before saving', async ({ page }) => {
  const forecast = forecastNow();
  const seen: URL[] = [];
  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    seen.push(u);
    if (u.pathname === '/v1/forecast') res.writeHead(200, { 'Content-Type': 'application/json' }).end(forecast.body);
    else if (u.pathname === '/family.ics') res.writeHead(200, { 'Content-Type': 'text/calendar' }).end(familyIcs());
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const hub = await startHub(tempDataDir(), [], { env: { HEARTH_TEST_WEATHER_URL: local } });
  try {
    await page.goto(hub.url);
    await page.getByRole('link', { name: 'Settings' }).click();
    const section = page.locator('section[aria-labelledby="weather-calendars-title"]');
    const notice = section.getByRole('note', { name: 'Online services consent' });
    await expect(notice).toContainText('Online services: off.');
    await expect(notice).toContainText('rounded to two decimals');
    await expect(section.getByRole('button', { name: 'Refresh forecast' })).toBeDisabled();
    await expect(section.getByRole('button', { name: 'Add calendar' })).toBeEnabled(); // a file on this computer needs no consent
    await section.getByRole('textbox', { name: 'Address or file' }).fill(`${local}/family.ics`);
    await expect(section.getByRole('button', { name: 'Add calendar' })).toBeDisabled(); // an address does
    await shoot(page, section, 'weather-calendars-off');

    await section.getByRole('button', { name: 'Set location' }).click();
    await section.getByRole('spinbutton', { name: 'Latitude' }).fill('59.913868');
    await section.getByRole('spinbutton', { name: 'Longitude' }).fill('10.752245');
    await section.getByRole('button', { name: 'Save location' }).click();
    await expect(section).toContainText('Location: 59.91, 10.75 — sent rounded');
    expect(seen).toEqual([]); // nothing fetched without the consent

    await notice.getByRole('button', { name: 'Give consent for Online services' }).click();
    await expect(notice).toContainText('Online services: on.');
    const shown = section.getByRole('status', { name: 'Forecast' });
    await expect(shown).toContainText(`${forecast.temperatureNow} °C now`);
    await expect(shown).toContainText(/Forecast from Open-Meteo, (just now|1 min old)/);
    const asked = seen.filter((u) => u.pathname === '/v1/forecast');
    expect(asked).toHaveLength(1);
    expect([asked[0]!.searchParams.get('latitude'), asked[0]!.searchParams.get('longitude')]).toEqual(['59.91', '10.75']);

    // A calendar with no name: the core's words next to the form.
    await section.getByRole('button', { name: 'Add calendar' }).click();
    await expect(section.getByRole('alert')).toContainText(/^Not accepted — name: /);
    await section.getByRole('textbox', { name: 'Name' }).fill('Family');
    await section.getByRole('button', { name: 'Test' }).click();
    await expect(section.getByRole('status').filter({ hasText: 'Read:' })).toHaveText('Read: 2 events from yesterday to two weeks ahead; next “Vacation”. Not saved yet.');
    await section.getByRole('button', { name: 'Add calendar' }).click();
    await expect(section.getByRole('status').filter({ hasText: 'Added' })).toHaveText('Added “Family”: 2 events.');
    const row = section.getByRole('table', { name: 'Calendars' }).getByRole('row', { name: /Family/ });
    await expect(row).toContainText('ICS address');
    await expect(row.getByRole('cell').nth(2)).toHaveText('2');
    await expect(row).toContainText('none');
    await shoot(page, section, 'weather-calendars');

    // A rule with calendar conditions: before saving, the form says whether each holds now.
    await page.getByRole('link', { name: 'Automations' }).click();
    await page.getByRole('button', { name: 'Use the form instead' }).click();
    const form = page.getByRole('form', { name: 'New automation' });
    await form.getByLabel('Name').fill('Holiday lights');
    const onlyIf = form.getByRole('group', { name: 'Only if' });
    await onlyIf.getByRole('button', { name: 'Add' }).click();
    await form.getByLabel('Only if 1: kind').selectOption('calendar');
    await onlyIf.getByRole('button', { name: 'Add' }).click();
    await form.getByLabel('Only if 2: kind').selectOption('calendar');
    await form.getByLabel('Condition 2: event title contains').fill('Guests');
    const now = form.getByRole('region', { name: 'Weather and calendars now' });
    await expect(now.getByRole('listitem').nth(0)).toHaveText(/^The calendar has “Vacation” now: yes \(“Vacation” \(.+\) — calendars read (just now|1 min ago)\)$/);
    await expect(now.getByRole('listitem').nth(1)).toHaveText(/^The calendar has “Guests” now: no \(no event “Guests” was on — calendars read (just now|1 min ago)\)$/);
    await form.getByLabel('Condition 2: event title contains').fill('dentist');
    await form.getByLabel('Condition 2: when').selectOption('today');
    await expect(now.getByRole('listitem').nth(1)).toHaveText(/^The calendar has “dentist” today: no \(no event “dentist” today — /); // it is tomorrow
    await form.getByLabel('Condition 2: event title contains').fill('Guests');
    await form.getByLabel('Condition 2: when').selectOption('now');
    await expect(now.getByRole('listitem').nth(1)).toContainText('Guests” now: no');
    // And the forecast, with its source and age.
    await onlyIf.getByRole('button', { name: 'Add' }).click();
    await form.getByLabel('Only if 3: kind').selectOption('weather');
    await form.getByLabel('Condition 3: above').fill('-40');
    await form.getByLabel('Condition 3: weather').selectOption({ label: 'the outside temperature' });
    await expect(now.getByRole('listitem').nth(2)).toHaveText(new RegExp(`^The outside temperature is above -40 °C: yes \\(it was ${forecast.temperatureNow} °C — Open-Meteo forecast, (just now|\\d+ min old)\\)$`));
    await shoot(page, form, 'weather-calendars-rule-preview');

    // Removing asks first.
    await page.getByRole('link', { name: 'Settings' }).click();
    await section.getByRole('button', { name: 'Remove Family' }).click();
    await section.getByRole('button', { name: 'Remove now' }).click();
    await expect(section).toContainText('No calendars yet.');
  } finally {
    await hub.stop();
    await new Promise<void>((ok) => server.close(() => ok()));
  }
});
