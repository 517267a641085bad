// A small home for the parser's tests (not the HA fixture, so tests do not lean on the benchmark's names).
import type { NlEntity, NlHome } from './home';
import { table } from './table';

type Spec = [id: string, name: string, area: string | null, state: string, extra?: Partial<NlEntity>];

const FLOOR_OF: Record<string, string> = table({
  Kitchen: 'Ground Floor', 'Living Room': 'Ground Floor', Hallway: 'Ground Floor', Garage: 'Ground Floor',
  Bedroom: 'First Floor', Office: 'First Floor', Bathroom: 'First Floor', Garden: 'Ground Floor',
});

const SPECS: Spec[] = [
  ['light.kitchen_ceiling', 'Kitchen Ceiling', 'Kitchen', 'on', { attributes: { brightness: 80 } }],
  ['light.kitchen_island', 'Island Pendant', 'Kitchen', 'off'],
  ['light.living_floor_lamp', 'Floor Lamp', 'Living Room', 'on'],
  ['light.living_reading', 'Reading Light', 'Living Room', 'off'],
  ['light.bedroom_lamp', 'Bedside Lamp', 'Bedroom', 'off'],
  ['light.office_lamp', 'Desk Lamp', 'Office', 'on'],
  ['light.hallway', 'Hallway Light', 'Hallway', 'off'],
  ['light.porch', 'Porch Light', 'Garden', 'off'],
  ['light.bathroom_mirror', 'Mirror Light', 'Bathroom', 'off', { features: ['brightness'] }],
  ['switch.coffee', 'Coffee Machine', 'Kitchen', 'off'],
  ['switch.heater_plug', 'Heater Plug', 'Office', 'on'],
  ['fan.bedroom', 'Bedroom Fan', 'Bedroom', 'off', { attributes: { percentage: 40 } }],
  ['fan.office', 'Desk Fan', 'Office', 'on'],
  ['cover.living_blinds', 'Living Room Blinds', 'Living Room', 'open', { deviceClass: 'blind', attributes: { current_position: 60 } }],
  ['cover.bedroom_curtain', 'Bedroom Curtain', 'Bedroom', 'closed', { deviceClass: 'curtain' }],
  ['cover.garage_door', 'Garage Door', 'Garage', 'closed', { deviceClass: 'garage' }],
  ['lock.front', 'Front Door', 'Hallway', 'locked'],
  ['lock.back', 'Back Door', 'Kitchen', 'unlocked'],
  ['climate.downstairs', 'Downstairs Thermostat', 'Living Room', 'heat', { attributes: { current_temperature: 20.5, temperature: 21 } }],
  ['climate.bedroom', 'Bedroom Thermostat', 'Bedroom', 'heat', { attributes: { current_temperature: 18, temperature: 18 } }],
  ['media_player.tv', 'Living Room TV', 'Living Room', 'playing', { attributes: { volume_level: 30 } }],
  ['media_player.kitchen_speaker', 'Kitchen Speaker', 'Kitchen', 'paused'],
  ['vacuum.robo', 'Robo', 'Hallway', 'docked'],
  ['lawn_mower.mowbot', 'Mowbot', 'Garden', 'docked'],
  ['scene.movie', 'Movie Night', null, 'off'],
  ['script.goodnight', 'Goodnight', null, 'off'],
  ['sensor.kitchen_temp', 'Kitchen Temperature', 'Kitchen', '22.4', { deviceClass: 'temperature', attributes: { unit_of_measurement: '°C' } }],
  ['sensor.bathroom_humidity', 'Bathroom Humidity', 'Bathroom', '71', { deviceClass: 'humidity', attributes: { unit_of_measurement: '%' } }],
  ['binary_sensor.hall_motion', 'Hall Motion', 'Hallway', 'on', { deviceClass: 'motion' }],
  ['binary_sensor.garage_window', 'Garage Window', 'Garage', 'on', { deviceClass: 'window' }],
  ['binary_sensor.bathroom_leak', 'Leak Sensor', 'Bathroom', 'off', { deviceClass: 'moisture' }],
  ['person.ada', 'Ada', null, 'home'],
  ['person.bo', 'Bo', null, 'not_home'],
];

export function testHome(): NlHome {
  const areas = Object.entries(FLOOR_OF).map(([name, floor]) => ({ id: name.toLowerCase().replace(/ /g, '_'), name, floor }));
  const floors = [...new Set(Object.values(FLOOR_OF))].map((name) => ({ id: name.toLowerCase().replace(/ /g, '_'), name }));
  const entities: NlEntity[] = SPECS.map(([id, name, area, state, extra]) => ({
    id, name, domain: id.split('.')[0]!, area, floor: area ? FLOOR_OF[area]! : null, state, deviceClass: null,
    attributes: {}, ...extra,
  }));
  return { entities, areas, floors, temperatureUnit: 'C' };
}
