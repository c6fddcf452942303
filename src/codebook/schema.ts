// The interchange format of ../shared/spec/CODEBOOK.md as zod schemas; the TypeScript types
// are derived from them so that the edge validation and the code cannot drift apart.
import { z } from 'zod';

export const EVENT_TYPES = {
  battle: ['armed_clash', 'government_regains_territory', 'non_state_actor_overtakes_territory'],
  explosion_remote_violence: [
    'air_drone_strike',
    'shelling_artillery_missile_attack',
    'remote_explosive_landmine_ied',
    'suicide_bomb',
    'grenade',
    'chemical_weapon',
  ],
  violence_against_civilians: ['attack', 'abduction_forced_disappearance', 'sexual_violence'],
  protest: ['peaceful_protest', 'protest_with_intervention', 'excessive_force_against_protesters'],
  riot: ['violent_demonstration', 'mob_violence'],
  strategic_development: [
    'agreement',
    'arrests',
    'change_to_group_activity',
    'disrupted_weapons_use',
    'headquarters_or_base_established',
    'looting_property_destruction',
    'non_violent_transfer_of_territory',
    'other',
  ],
} as const;

export type EventType = keyof typeof EVENT_TYPES;
export type SubType = (typeof EVENT_TYPES)[EventType][number];

export const WEAPONS = [
  'aircraft', 'helicopter', 'drone', 'artillery', 'mortar', 'rocket', 'missile', 'tank',
  'heavy_weapons', 'light_weapons', 'machine_gun', 'barrel_bomb', 'ied', 'car_bomb', 'landmine',
  'suicide_vest', 'chemical', 'sniper', 'homemade_cannon', 'armoured_vehicle',
] as const;
export type Weapon = (typeof WEAPONS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

/** One report as it arrives (codebook §8). Unknown keys are kept (gold files carry more). */
export const ReportInput = z
  .object({
    id: z.string().min(1, 'expected a non-empty string id'),
    source: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
    published: isoDate.nullable().optional(),
    title: z.string().nullable().optional(),
    text: z.string({ required_error: 'expected a "text" string' }),
  })
  .passthrough();
export type ReportInput = z.infer<typeof ReportInput>;

export const Casualties = z
  .object({
    total: z.number().int().nonnegative().nullable(),
    civilians: z.number().int().nonnegative().nullable().optional(),
    women: z.number().int().nonnegative().nullable().optional(),
    children: z.number().int().nonnegative().nullable().optional(),
    by_actor: z.record(z.number().int().nonnegative()).optional(),
    approx: z.boolean().optional(),
    unknown: z.boolean().optional(),
  })
  .strict();
export type Casualties = z.infer<typeof Casualties>;

export const Location = z.object({
  name: z.string(),
  name_ar: z.string().nullable(),
  admin1: z.string().nullable(),
  admin2: z.string().nullable().optional(),
  admin3: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  gazetteer_id: z.string().nullable(),
});
export type Location = z.infer<typeof Location>;

export const Event = z.object({
  type: z.string(),
  subtype: z.string(),
  date: isoDate.nullable(),
  date_end: isoDate.nullable(),
  date_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  actor1: z.string().nullable(),
  assoc_actors1: z.array(z.string()),
  actor2: z.string().nullable(),
  assoc_actors2: z.array(z.string()),
  location: Location,
  fatalities: Casualties,
  injuries: Casualties,
  casualties_total: z.number().int().nonnegative().nullable(),
  weapons: z.array(z.enum(WEAPONS)),
  evidence: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).min(1),
  confidence: z.number().min(0).max(1),
});
export type Event = z.infer<typeof Event>;

export const Tally = z.object({
  what: z.enum(['killed', 'injured', 'abducted', 'strikes', 'reports']),
  total: z.number().int().nonnegative().nullable(),
  civilians: z.number().int().nonnegative().nullable().optional(),
  women: z.number().int().nonnegative().nullable().optional(),
  children: z.number().int().nonnegative().nullable().optional(),
  by_actor: z.record(z.number().int().nonnegative()).optional(),
  period: z.object({ from: isoDate.nullable(), to: isoDate.nullable() }).nullable(),
  area: z.object({ name: z.string(), admin1: z.string().nullable() }).nullable(),
  approx: z.boolean().optional(),
  evidence: z.array(z.tuple([z.number().int(), z.number().int()])).optional(),
});
export type Tally = z.infer<typeof Tally>;

export const ReportOutput = z.object({
  id: z.string(),
  events: z.array(Event),
  tallies: z.array(Tally),
  warnings: z.array(z.string()).optional(),
});
export type ReportOutput = z.infer<typeof ReportOutput>;
