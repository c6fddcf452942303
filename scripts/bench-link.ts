// npx tsx scripts/bench-link.ts: linking speed on generated events (BENCH_EVENTS, default
// 100,000): strikes and clashes over three years in 4,000 places 20+ km apart, each incident
// told by one to four outlets (the fourth a syndicated copy of the first), a few by a
// governorate-level ("countryside of …") report. Prints figures; asserts nothing.
import { performance } from 'node:perf_hooks';
import type { Event } from '../src/codebook/schema.js';
import { linkIncidents, type LinkInput } from '../src/link/index.js';

const N = Number(process.env.BENCH_EVENTS ?? 100_000);
const ACTORS = [
  'Military Forces of Russia (2000-)',
  'Military Forces of Syria (2000-2024)',
  'Islamic State (Syria)',
  null,
];
const TYPES = [
  ['explosion_remote_violence', 'air_drone_strike'],
  ['explosion_remote_violence', 'shelling_artillery_missile_attack'],
  ['battle', 'armed_clash'],
] as const;

// mulberry32: a seeded generator in 32-bit integer arithmetic (exact, unlike an LCG on doubles)
let seed = 7;
function rnd(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

function generate(n: number): LinkInput[] {
  const out: LinkInput[] = [];
  const start = Date.UTC(2017, 0, 1);
  for (let incident = 0; out.length < n; incident++) {
    const place = Math.floor(rnd() * 4000);
    const lat = 32 + (place % 50) * 0.2;
    const lon = 35 + Math.floor(place / 50) * 0.25;
    const day = new Date(start + Math.floor(rnd() * 3 * 365) * 86_400_000).toISOString().slice(0, 10);
    const [type, subtype] = pick(TYPES);
    const actor1 = pick(ACTORS);
    const tellers = 1 + Math.floor(rnd() * 4);
    for (let t = 0; t < tellers && out.length < n; t++) {
      const region = t === 2 && rnd() < 0.2;
      const event: Event = {
        type,
        subtype,
        date: day,
        date_end: null,
        date_precision: 1,
        actor1,
        assoc_actors1: [],
        actor2: 'Civilians (Syria)',
        assoc_actors2: [],
        location: {
          name: `P${place}`,
          name_ar: null,
          admin1: `G${place % 14}`,
          admin2: null,
          admin3: null,
          country: 'SY',
          lat: lat + rnd() * 0.01,
          lon: lon + rnd() * 0.01,
          geo_precision: region ? 3 : 1,
          gazetteer_id: region ? `R${place % 14}` : `C${place}`,
        },
        fatalities: { total: Math.floor(rnd() * 10) },
        injuries: { total: null },
        casualties_total: null,
        weapons: [],
        evidence: [[0, 1]],
        confidence: 0.9,
      };
      const reportId = `r${incident}-${t}`;
      out.push({
        eventId: `${reportId}-e`,
        reportId,
        source: `outlet${t}`,
        published: day,
        event,
        syndicationGroup: t === 3 ? `r${incident}-0` : reportId, // the fourth teller copies the first
      });
    }
  }
  return out;
}

const events = generate(N);
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const incidents = linkIncidents(events);
const secs = (performance.now() - t0) / 1000;
const heap1 = process.memoryUsage().heapUsed;
const linked = incidents.filter((i) => i.members.length > 1).length;
console.log(`events:            ${events.length}`);
console.log(`incidents:         ${incidents.length} (${linked} with more than one report)`);
console.log(`time:              ${secs.toFixed(2)} s`);
console.log(`events/s:          ${Math.round(events.length / secs)}`);
console.log(`incidents/s:       ${Math.round(incidents.length / secs)}`);
console.log(`heap growth:       ${Math.round((heap1 - heap0) / 2 ** 20)} MB`);
