// Commands for players and robots: pause/resume/next/previous/mute, volume (absolute and relative), and
// vacuum or lawn mower start/clean/dock. Returns null when the clause is none of these.
import type { Clause } from './clause';
import type { ValueRead } from './grammar-values';
import { DOWN_WORDS, FILLERS, PRONOUNS, UP_WORDS } from './lexicon-words';
import { table } from './table';

export interface RobotHint {
  /** Domains of the entities named in the clause. */
  named: ReadonlySet<string>;
  /** Domains that exist in the home. */
  home: ReadonlySet<string>;
}

function nounDomain(c: Clause, domain: string): boolean {
  return c.items.some((i) => i.kind === 'noun' && i.senses.some((s) => s.domain === domain));
}

function readVolume(c: Clause): ValueRead | null {
  const volumeWord = c.has('volume') || c.has('louder') || c.has('quieter') || c.has('softer');
  if (!volumeWord) return null;
  let dir = 0;
  for (const t of c.texts) {
    if (UP_WORDS.has(t)) dir = dir || 1;
    if (DOWN_WORDS.has(t)) dir = dir || -1;
  }
  const i = c.items.findIndex((x) => x.kind === 'num');
  const num = i >= 0 ? c.items[i]! : null;
  const value = num?.kind === 'num' ? num.value : null;
  const prev = i > 0 ? c.texts[i - 1] : '';
  if (value !== null && (prev === 'to' || prev === 'at' || dir === 0) && prev !== 'by') return { op: 'volume', value, unit: 'percent' };
  if (value !== null) return { op: 'volume_step', value: (dir || 1) * value, unit: 'percent' };
  if (c.has('max') || c.has('maximum') || c.has('full')) return { op: 'volume', value: 100, unit: 'percent' };
  // ("all the way up": as loud as it goes; "all the way down": as quiet.)
  if (dir !== 0 && c.has('all') && c.has('way')) return { op: 'volume', value: dir > 0 ? 100 : 0, unit: 'percent' };
  if (c.has('min') || c.has('minimum')) return { op: 'volume', value: 0, unit: 'percent' };
  if (dir !== 0) {
    // ("way up", "much louder": a big step, as for brightness.)
    const big = c.has('lot') || c.has('much') || (c.has('way') && !c.has('all'));
    const size = big ? 30 : 10;
    // ("much louder", "way up": how much is not said — asked, as "much brighter" is.)
    const much = (c.has('much') || (c.has('way') && !c.has('all'))) && !c.has('lot') ? { sizeless: true } : {};
    return { op: 'volume_step', value: dir * size, unit: 'percent', stepWord: c.has('bit') || big ? undefined : dir > 0 ? 'up' : 'down', ...much };
  }
  return null;
}

/** Words for what is played, not for a player. */
const CONTENT_WORDS = new Set(['music', 'media', 'show']);

function readTransport(c: Clause, hint: RobotHint): ValueRead | null {
  const mediaNamed = hint.named.has('media_player') || nounDomain(c, 'media_player');
  if (c.has('unmute')) return { op: 'unmute' };
  if (c.has('mute') || c.has('silence')) return { op: 'mute' };
  // "pause the curtains": a cover or valve stops where it is; only a player pauses.
  if (c.has('pause')) {
    const moving = ['cover', 'valve'].some((d) => hint.named.has(d) || nounDomain(c, d));
    return { op: moving && !mediaNamed ? 'stop' : 'pause' };
  }
  if (c.has('unpause') || c.has('resume') || (c.has('continue') && mediaNamed)) return { op: 'play' };
  if (c.has('goback') || c.has('replay') || c.has('rewind') || c.has('previous') ||
      ((c.has('last') || c.has('again')) && (c.has('play') || c.has('song') || c.has('track')))) return { op: 'previous' };
  if (c.has('skip') || (c.has('next') && (c.has('song') || c.has('track') || c.has('item') || c.has('episode') || c.has('chapter') || mediaNamed || c.texts.length <= 2))) {
    return { op: 'next' };
  }
  // "stop playing": pause; "stop the tv", "stop/halt the music" may mean pause or off — asked (round 19a: as the sets
  // label stopping a player).
  if (c.has('stop') && (c.has('playing') || c.has('music') || mediaNamed) && !hint.named.has('vacuum')) {
    return c.has('playing') ? { op: 'pause' } : { op: 'pause', stopPlayer: true };
  }
  // ("play", "play it again": resume; "play something", "play some jazz": what to play is no command of ours.)
  const alone = c.texts.length <= 2 && c.texts.every((t) => t === 'play' || (FILLERS.has(t) && t !== 'some') || PRONOUNS.has(t));
  // ("play some music", "play music": what is played, not where — a player must be said.)
  const player = mediaNamed && c.items.some((i) => i.kind === 'entity' || (i.kind === 'noun' && !CONTENT_WORDS.has(i.text)));
  if (c.has('play') && c.items.every((x) => x.kind !== 'num') && (player || alone)) return { op: 'play' };
  return null;
}

/** Words after a noun that make it what is talked about ("vacuum's too loud"), not a verb. */
const SAID_OF = table({ "'s": true, is: true, was: true, isnt: true, "isn't": true, has: true, keeps: true, sounds: true, seems: true, looks: true });

const BASE_WORDS = ['dock', 'tobase', 'base', 'charge', 'return'];

/** "stop cleaning": the robot that cleans. */
const stopSaid = (c: Clause): boolean => c.has('stop') || c.has('halt') || c.has('cancel');

function readRobot(c: Clause, hint: RobotHint): ValueRead | null {
  const mower = hint.named.has('lawn_mower') || nounDomain(c, 'lawn_mower') || c.has('mow') || c.has('mowing');
  const vacuum = hint.named.has('vacuum') || nounDomain(c, 'vacuum') || c.has('vacuum') || c.has('clean') || c.has('hoover')
    || (stopSaid(c) && (c.has('cleaning') || c.has('vacuuming') || c.has('hoovering')));
  const toBase = BASE_WORDS.some((w) => c.has(w)) || c.has('home');
  const stop = c.has('stop') || c.has('cancel') || c.has('halt');
  const start = c.has('start') || c.has('begin') || c.has('run') || c.has('going') || c.has('started') || c.has('running');
  if (!mower && !vacuum && toBase && !c.has('home')) {
    // "return to base": whichever kind of robot this home has.
    if (hint.home.has('lawn_mower') && !hint.home.has('vacuum')) return { op: 'mower_dock', impliedDomain: 'lawn_mower' };
    return { op: 'return_to_base', impliedDomain: 'vacuum' };
  }
  if (mower) {
    if (toBase || stop || c.has('pause')) return { op: 'mower_dock', impliedDomain: 'lawn_mower' };
    if (start || c.has('mow') || c.has('mowing')) return { op: 'mower_start', impliedDomain: 'lawn_mower' };
    return null;
  }
  if (vacuum) {
    if (toBase) return { op: 'return_to_base', impliedDomain: 'vacuum' };
    // "pause the vacuum": it stops where it is (a robot has no pause here); "the vacuum" is no verb.
    if (stop || c.has('pause')) return { op: 'stop', impliedDomain: 'vacuum' };
    const said = c.texts;
    // ("vacuum's too loud", "vacuum is in the way": the robot said of, round 19a — no verb.)
    const verb = said.some((t, k) => t === 'vacuum' && !['the', 'a', 'my', 'our', 'robot', 'this', 'that', 'your'].includes(said[k - 1] ?? '') && !SAID_OF[said[k + 1] ?? '']);
    if (!verb && !start && !c.has('clean') && !c.has('hoover') && !c.has('resume') && !c.has('continue')) return null;
    const area = c.items.some((x) => x.kind === 'area') || ['here', 'room', 'area', 'space'].some((w) => c.has(w));
    const floor = c.items.some((x) => x.kind === 'floor');
    if ((c.has('clean') || c.has('vacuum') || c.has('hoover') || start) && area && !floor) return { op: 'clean_area', impliedDomain: 'vacuum' };
    if (start || c.has('clean') || c.has('vacuum') || c.has('hoover')) return { op: 'vacuum_start', impliedDomain: 'vacuum' };
  }
  return null;
}

export function readMedia(c: Clause, hint: RobotHint): ValueRead | null {
  const robot = readRobot(c, hint);
  if (robot) return robot;
  const volume = readVolume(c);
  if (volume) return { ...volume, impliedDomain: 'media_player' };
  const transport = readTransport(c, hint);
  if (transport?.op === 'stop') return transport;
  if (transport) return { ...transport, impliedDomain: 'media_player' };
  return null;
}
