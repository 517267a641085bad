// Function words: verbs, particles, quantifiers, place words, fillers. A word in none of these lists and in
// no name of the home is "unknown": the parser treats it as a possible name and never silently drops it.

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

export const ON_VERBS = words('activate enable start run launch trigger engage illuminate execute');
export const OFF_VERBS = words('deactivate disable kill extinguish cut');
/** Verbs that need a particle ("turn ... on"). */
export const PARTICLE_VERBS = words('turn switch power flip put bring get shut set knock kick dial pop');
export const SET_VERBS = words('set change make adjust put bring go move tune turn switch get transition configure paint dial');
export const UP_WORDS = words('up increase raise boost bump crank higher more louder brighter brighten lighten hotter warmer');
export const DOWN_WORDS = words('down decrease lower reduce drop less quieter softer dimmer darker dim darken cooler colder');
export const QUESTION_STARTS = words('is are was were do does did what which how who where when any tell show list check has have');
export const REQUEST_STARTS = words('can could would will');
export const PRONOUNS = words('it them they those these that its their ones');
export const QUANT_ALL = words('all every each both entire whole everything');
export const EXCEPT_WORDS = words('except excluding besides but apart save');
export const TIME_UNITS: ReadonlyMap<string, number> = new Map([
  ['second', 1], ['seconds', 1], ['sec', 1], ['secs', 1], ['minute', 60], ['minutes', 60], ['min', 60], ['mins', 60],
  ['hour', 3600], ['hours', 3600], ['hr', 3600], ['hrs', 3600], ['h', 3600],
]);
export const DAYS: ReadonlyMap<string, readonly string[]> = new Map([
  ['monday', ['mon']], ['tuesday', ['tue']], ['wednesday', ['wed']], ['thursday', ['thu']], ['friday', ['fri']],
  ['saturday', ['sat']], ['sunday', ['sun']], ['mondays', ['mon']], ['tuesdays', ['tue']], ['wednesdays', ['wed']],
  ['thursdays', ['thu']], ['fridays', ['fri']], ['saturdays', ['sat']], ['sundays', ['sun']],
  ['weekday', ['mon', 'tue', 'wed', 'thu', 'fri']], ['weekdays', ['mon', 'tue', 'wed', 'thu', 'fri']],
  ['weekend', ['sat', 'sun']], ['weekends', ['sat', 'sun']],
  ['day', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']], ['days', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']],
  ['night', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']], ['morning', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']],
  ['evening', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']],
  ['afternoon', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']], // (round 25f: "every afternoon" closed the curtain now, once)
]);

/** Words that say which of several alike devices is meant: "the left one", "the blind on the right". */
export const SIDE_WORDS = words('left right middle centre center front back top bottom upper lower inner outer near far');

/** Words that carry no meaning for the parser. */
export const FILLERS = words(`
  , please pls kindly hey hi hello ok okay hearth the a an my our your me i we you us want wanna need needs like
  would just now right currently securely also go ahead thanks thank quickly immediately uh um er erm hmm so well
  actually let lets able mind possible sure be being been again too real quick yes yeah yep for currently presently
  some really very able gonna going should must can could will do does still cheers ta listen alright
`);

/** Everything else the grammar reads. */
const GRAMMAR_WORDS = words(`
  turn switch power flip put bring get shut set change make adjust move tune transition configure go
  activate deactivate enable disable start stop run launch trigger engage kill extinguish execute illuminate
  open close lock unlock secure toggle dim brighten darken lighten increase decrease raise lower reduce boost bump
  crank drop up down higher lower more less louder quieter softer brighter dimmer darker hotter warmer cooler colder
  pause resume unpause continue play playing skip next previous back replay restart rewind mute unmute silence
  clean vacuum mow mowing dock return base send charger charging station cancel
  is are was were do does did have has what which how many much who where when why tell show list check find
  there status state value level reading setting settings mode
  it them they those these that this its their ones one
  all every each both entire whole everything anything single only
  in on at of off by to from with into onto for out over across throughout around inside within near
  and then or plus after before while except excluding besides but apart save other than not no nor instead
  here everywhere house home apartment flat building place room rooms area areas space floor floors upstairs downstairs
  percent per cent % degrees degree ° kelvin k c f celsius centigrade fahrenheit
  max maximum highest full top min minimum lowest bottom half halfway midway quarter bit little lot slightly touch tad way
  brightness bright volume speed position temperature temp color colour hue tone white warm cool cold neutral
  seconds second sec secs minutes minute min mins hours hour hr hrs h
  am pm noon midnight tonight tomorrow today morning afternoon evening night daily weekly later oclock o'clock
  past till until sunrise sunset dawn dusk every
  monday tuesday wednesday thursday friday saturday sunday weekday weekdays weekend weekends day days
  mondays tuesdays wednesdays thursdays fridays saturdays sundays
  again currently left last item items episode chapter song track next
`);

export const KNOWN_WORDS: ReadonlySet<string> = new Set([
  ...FILLERS, ...GRAMMAR_WORDS, ...ON_VERBS, ...OFF_VERBS, ...PARTICLE_VERBS, ...SET_VERBS, ...UP_WORDS, ...DOWN_WORDS,
  ...QUESTION_STARTS, ...REQUEST_STARTS, ...PRONOUNS, ...QUANT_ALL, ...EXCEPT_WORDS, ...TIME_UNITS.keys(), ...DAYS.keys(),
  "'s", 'if', 'whether', 'any', 'there', 'high', 'medium', 'low', 'concentration', 'amount', 'indicated', 'measured',
  'total', 'consumed', 'reading', 'read', 'shows', 'showing', 'hoover', 'begin', 'halt', 'secure', 'unsecure', 'chilly',
  'midday', 'lightup', 'dimmer', 'louder', 'quieter', 'softer', 'too', 'dark', 'freezing', 'boiling', 'stuffy', 'loud',
  'noisy', 'quiet', 'soft', 'about', 'around', 'roughly', 'approximately', 'maybe', 'say', 'another',
  'few', 'several', 'closing', 'opening', 'moving', 'going', 'started', 'fire', 'boot', 'spin', 'wait', 'draw', 'slide', 'ramp', 'give', 'later', 'soon', 'shortly', 'eventually', 'moment',
  'heading', 'headed', 'cooking', 'leaving',
]);
