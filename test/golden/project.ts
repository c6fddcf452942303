// The fields a golden file pins for each event: what a reviewer checks by hand. Confidence and
// coordinates' last digits are left out on purpose (they move with harmless tuning).
import type { ReportOutput } from '../../src/codebook/schema.js';

export function project(out: ReportOutput): unknown {
  return {
    id: out.id,
    events: out.events.map((e) => ({
      kind: `${e.type}/${e.subtype}`,
      date: e.date_end ? `${e.date}..${e.date_end}` : e.date,
      actor1: e.actor1,
      actor2: e.actor2,
      place: `${e.location.name_ar} (${e.location.admin1}, precision ${e.location.geo_precision})`,
      fatalities: e.fatalities,
      injuries: e.injuries,
      casualties_total: e.casualties_total,
      weapons: e.weapons,
    })),
    tallies: out.tallies.map((t) => ({ what: t.what, total: t.total, civilians: t.civilians ?? null, period: t.period })),
  };
}
