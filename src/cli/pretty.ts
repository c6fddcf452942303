// A human-readable summary: one block per event, with the sentence it came from.
import type { ReportInput, ReportOutput, Casualties } from '../codebook/schema.js';

function toll(c: Casualties, word: string): string | null {
  if (c.total === null && !c.unknown) return null;
  const parts: string[] = [];
  if (c.civilians) parts.push(`${c.civilians} civilians`);
  if (c.women) parts.push(`${c.women} women`);
  if (c.children) parts.push(`${c.children} children`);
  for (const [a, v] of Object.entries(c.by_actor ?? {})) parts.push(`${v} ${a}`);
  const n = c.total === null ? 'unknown number' : `${c.approx ? '~' : ''}${c.total}`;
  return `${n} ${word}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

export function pretty(report: ReportInput, out: ReportOutput): string {
  const lines: string[] = [`# ${report.id}${report.source ? ` — ${report.source}` : ''}${report.published ? ` — ${report.published}` : ''}`];
  for (const w of out.warnings ?? []) lines.push(`! ${w}`);
  if (out.events.length === 0) lines.push('(no events)');
  out.events.forEach((e, i) => {
    const l = e.location;
    lines.push('');
    lines.push(`[${i + 1}] ${e.type} / ${e.subtype}   ${e.date}${e.date_end ? ` … ${e.date_end}` : ''} (precision ${e.date_precision})`);
    lines.push(`    who:   ${e.actor1 ?? '?'}${e.assoc_actors1.length ? ` + ${e.assoc_actors1.join(', ')}` : ''}  →  ${e.actor2 ?? '—'}${e.assoc_actors2.length ? ` + ${e.assoc_actors2.join(', ')}` : ''}`);
    lines.push(`    where: ${l.name_ar ?? ''} / ${l.name}, ${l.admin1 ?? ''} (${l.lat ?? '?'}, ${l.lon ?? '?'}) precision ${l.geo_precision}${l.gazetteer_id ? ` [${l.gazetteer_id}]` : ''}`);
    const tolls = [toll(e.fatalities, 'killed'), toll(e.injuries, 'injured'), e.casualties_total !== null ? `${e.casualties_total} killed or injured` : null].filter(Boolean);
    if (tolls.length) lines.push(`    toll:  ${tolls.join('; ')}`);
    if (e.weapons.length) lines.push(`    with:  ${e.weapons.join(', ')}`);
    lines.push(`    confidence ${e.confidence}`);
    for (const [s, t] of e.evidence) lines.push(`    « ${report.text.slice(s, t).replace(/\s+/g, ' ')} »`);
  });
  for (const t of out.tallies) {
    lines.push('');
    lines.push(`[tally] ${t.what}: ${t.approx ? '~' : ''}${t.total ?? '?'}${t.civilians ? ` (${t.civilians} civilians)` : ''}${t.period ? ` ${t.period.from} … ${t.period.to}` : ''}${t.area ? ` in ${t.area.name}` : ''}`);
  }
  return lines.join('\n') + '\n';
}
