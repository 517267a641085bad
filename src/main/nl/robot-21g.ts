// Issue 14, round 21g: the place a robot vacuum is sent to clean (review 21, N1/O5/O3). Each is asked or read right:
// - Round 21b left out the speaker's room the app gives ("start the vacuum" said in the kitchen starts it), but also every
//   room the person SAID that reached the vacuum's step the same way: "in the kitchen, start the vacuum", "kitchen: …",
//   a room of an earlier step or "there" after it, "in here, …", "… where I am" — all cleaned the whole house. Only the
//   app's room, said by no word of the sentence, is left out now; a room said is the vacuum's area (or asked about).
// - A room said for the vacuum that its step still dropped ("… and start the vacuum in there", "bedroom: start rover",
//   "start rover in here"): the whole house was cleaned. Asked: only that room, or everywhere?
// - "start a cleaning" turned on the kitchen switch and lights: a cleaning is the vacuum's. Asked.
import type { NlError } from './errors';
import type { Frame } from './frame';
import type { Item } from './tag';
import { table } from './table';

/** Words by which the speaker's own room is said: "in here", "this room", "where I am", "around me". */
function saysHere(items: readonly Item[]): boolean {
  const t = items.map((x) => x.text);
  return t.some((w, i) => w === 'here' || (w === 'this' && ['room', 'area', 'spot'].includes(t[i + 1] ?? ''))
    || (w === 'where' && ['i', "i'm"].includes(t[i + 1] ?? '')) || (w === 'around' && t[i + 1] === 'me') || (w === 'my' && t[i + 1] === 'room'));
}

/** The rooms and floors said in `items`, by name (a name that is a room and a device too counts). */
function placesSaid(items: readonly Item[]): string[] {
  return items.flatMap((x) => (x.kind === 'area' ? [x.area.name] : x.kind === 'floor' ? x.floors.map((f) => f.name) : x.kind === 'entity' && x.place ? [x.place.text] : []));
}

/** Whether the room a robot's step got from where the sentence stands was said for it: a room said in a part before the
 *  steps ("in the kitchen, …", "I'm in the kitchen, …"), the speaker's room said in words ("in here, …", "… where I am"),
 *  or "there" after a room. (A room said only for an earlier step is not: "dim the garage to 30, mute the tv and start the
 *  vacuum" starts it, as own-heldback-v15 labels it.) `parts`: the parts up to the robot's, its own last; `asides`: how
 *  many of them were set aside first. */
export function robotPlaceSaid21g(parts: readonly (readonly Item[])[], leadPlace: string | null, asides: number): boolean {
  if (leadPlace !== null) return true;
  const own = parts[parts.length - 1] ?? [];
  return own.some((x) => x.text === 'there') || parts.some((p, j) => (j < asides || j === parts.length - 1) && saysHere(p));
}

/** The place as given to buildActions: a room said is never taken for the app's own (doubt-21b.ts leaves that out). */
export function robotPlace21g<P extends { areaFromContext: boolean }>(place: P, said: boolean): P {
  return said && place.areaFromContext ? { ...place, areaFromContext: false } : place;
}

const EVERYWHERE = table<true>({ everywhere: true, whole: true, entire: true, house: true, home: true, all: true, apartment: true, flat: true });
/** Words that name cleaning as a thing to start ("start a cleaning", "run a clean"). */
const CLEANING = table<true>({ cleaning: true, clean: true, vacuuming: true, hoovering: true });

/** After a step's actions are built: a vacuum started with no area though a room was said for it or before it — asked
 *  (only that room, or everywhere?); "start a cleaning" read as switching things on — asked. */
/** The rooms said in an opening the reading set aside before its first part ("in the kitchen: vacuum", "kitchen, vacuum
 *  please" are read as "vacuum"): `raw`, the sentence's words; `areaNamed`, the room a phrase names, if any. */
export function openingRooms21g(raw: readonly string[], parts: readonly (readonly Item[])[], areaNamed: (phrase: string) => string | null, appArea: string | null): string[] {
  const first = parts[0]?.[0]?.text.split(' ')[0];
  const at = first === undefined ? -1 : raw.indexOf(first);
  const opening = at > 0 ? raw.slice(0, at) : [];
  const rooms: string[] = [];
  for (let i = 0; i < opening.length; i++) {
    for (let n = 3; n >= 1; n--) {
      const room = i + n <= opening.length ? areaNamed(opening.slice(i, i + n).join(' ')) : null;
      if (room) {
        rooms.push(room);
        i += n - 1;
        break;
      }
    }
  }
  if (rooms.length === 0 && appArea && opening.some((w, i) => w === 'here' || (w === 'this' && opening[i + 1] === 'room'))) rooms.push(appArea);
  return rooms;
}

/** `asides`: how many parts were set aside first (their rooms are said for what follows); `before`: the rooms of the devices of the step before (what "there" points at); `opening`: openingRooms21g. */
export function robotRoom21g(frame: Frame, actions: readonly { entity: string; service: string; data: Record<string, unknown> }[], parts: readonly (readonly Item[])[], appArea: string | null,
  asides: number, before: readonly string[] = [], opening: readonly string[] = []): NlError | null {
  const own = parts[parts.length - 1] ?? [];
  const ownText = own.map((x) => x.text);
  const robots = actions.filter((a) => a.entity.startsWith('vacuum.') && a.service === 'start');
  if (robots.length === 0) {
    const cleaningSaid = ownText.some((w, i) => CLEANING[w] && ['a', 'the', 'some'].includes(ownText[i - 1] ?? ''));
    if (cleaningSaid && actions.length > 0 && actions.every((a) => a.service === 'turn_on')) {
      return { code: 'AMBIGUOUS', message: 'Start the vacuum? Say "start the vacuum", or name what should be turned on.' };
    }
    return null;
  }
  if (frame.target.everywhere || ownText.some((w) => EVERYWHERE[w])) return null;
  if (robots.every((a) => a.data['area'] !== undefined || a.data['floor'] !== undefined)) return null;
  const rooms = [...opening, ...parts.flatMap((p, j) => (j < asides || j === parts.length - 1 ? placesSaid(p) : []))];
  // ("turn on the garage light and start the vacuum in there": the room of the device said before.)
  const there = ownText.includes('there') && new Set(before).size === 1 ? before[0]! : null;
  const room = rooms[rooms.length - 1] ?? there ?? (appArea && parts.some((p, j) => (j < asides || j === parts.length - 1) && saysHere(p)) ? appArea : null);
  if (!room) return null;
  return { code: 'AMBIGUOUS', message: `Should the vacuum clean only the ${room}, or everywhere as usual?`, options: [`only the ${room}`, 'everywhere'] };
}
