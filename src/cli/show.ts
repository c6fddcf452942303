// `rasid show incident N`: every report's version of one incident side by side (outlet, date,
// figures, the sentence it rests on). `rasid show report N`: a stored report, its text and every
// extraction of it.
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import type { Event } from '../codebook/schema.js';
import type { Store, StoredEvent, StoredReport } from '../store/types.js';
import { DB_HELP, DB_OPTION, withStore } from './db.js';
import { CliError, EXIT } from './errors.js';
import { asIncident, fatalityText } from './incidents.js';
import { eventLine, reportLookup } from './search.js';
import { write } from './write.js';

export const SHOW_HELP = `usage: rasid show incident N | rasid show report N [options]

  incident N   every report's version of the incident side by side: outlet, publication
               date, killed / civilians / children / injured, perpetrator, place, and the
               sentence of each report the figures come from
  report N     the stored report, its text, and every extraction of it (all versions)

options:
${DB_HELP}
  --json       one JSON object instead of text
`;

/** The sentence around a span of `text` (bounded by . ! ? ؟ or a line break). */
export function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[.!?؟\n]/.test(text[s - 1]!)) s--;
  let e = Math.max(end, start);
  while (e < text.length && !/[.!?؟\n]/.test(text[e - 1] ?? '')) e++;
  return text.slice(s, e).replace(/\s+/g, ' ').trim();
}

const evidenceOf = (e: Event, r: StoredReport | null): string => {
  const span = e.evidence[0];
  return r && span ? sentenceAround(r.text, span[0], span[1]) : '';
};

const n = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : String(v));

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) => r.map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length)).join('  ').trimEnd());
}

function id(kind: string, v: string | undefined): number {
  if (v === undefined || !/^[1-9]\d*$/.test(v)) throw new CliError(`show ${kind}: expected an id (a positive whole number), found ${v === undefined ? 'nothing' : `"${v}"`}`, EXIT.usage);
  return Number(v);
}

async function showIncident(store: Store, incidentId: number, json: boolean): Promise<string> {
  const si = await store.getIncident(incidentId);
  if (!si) throw new CliError(`show incident: no incident ${incidentId} in the database`, EXIT.input);
  const report = reportLookup(store);
  const versions: { se: StoredEvent; r: StoredReport | null }[] = [];
  for await (const se of store.events({ incidentId })) versions.push({ se, r: await report(se.reportId) });
  if (json) {
    return JSON.stringify({
      id: si.id,
      incident: si.data,
      reports: versions.map(({ se, r }) => ({
        event: se.id, report: se.reportId, source: r?.source ?? null, published: r?.published ?? null, url: r?.url ?? null,
        syndicationGroup: r?.syndicationGroup ?? null, evidence: evidenceOf(se.event, r), figures: { fatalities: se.event.fatalities, injuries: se.event.injuries },
      })),
    }) + '\n';
  }
  const i = asIncident(si);
  const lines: string[] = [];
  if (i) {
    lines.push(`Incident #${si.id}  ${i.date ?? '????-??-??'}${i.date_end ? `…${i.date_end}` : ''}  ${i.type}/${i.subtype}  ${i.location.name_ar ?? i.location.name}${i.location.admin1 ? `, ${i.location.admin1}` : ''}`);
    lines.push(`${versions.length} reports, ${i.sources} independent source${i.sources === 1 ? '' : 's'}${i.fatalities ? `, ${fatalityText(i)}` : ''}, ${i.grade}${i.conflicts.length ? `; they disagree on: ${i.conflicts.join(', ')}` : ''}`);
  } else lines.push(`Incident #${si.id}  (${si.eventIds.length} events)`);
  // copies of one agency text get the same letter (column "group")
  const groups = new Map<string, string>();
  const letter = (g: string | undefined): string => {
    if (!g) return '?';
    if (!groups.has(g)) groups.set(g, String.fromCharCode(65 + (groups.size % 26)));
    return groups.get(g)!;
  };
  const rows = [['report', 'source', 'published', 'date', 'killed', 'civilians', 'children', 'injured', 'actor1', 'place', 'group']];
  for (const { se, r } of versions) {
    const e = se.event;
    rows.push([
      `#${se.reportId}`, r?.source ?? '?', r?.published ?? '?', e.date ?? '?', `${e.fatalities.approx ? '~' : ''}${n(e.fatalities.total)}`,
      n(e.fatalities.civilians), n(e.fatalities.children), n(e.injuries.total), e.actor1 ?? '?', e.location.name_ar ?? e.location.name, letter(r?.syndicationGroup),
    ]);
  }
  lines.push('', ...table(rows), '', 'evidence:');
  for (const { se, r } of versions) lines.push(`  #${se.reportId} ${r?.source ?? ''}: « ${evidenceOf(se.event, r)} »`);
  return lines.join('\n') + '\n';
}

async function showReport(store: Store, reportId: number, json: boolean): Promise<string> {
  const r = await store.getReport(reportId);
  if (!r) throw new CliError(`show report: no report ${reportId} in the database`, EXIT.input);
  const events = await store.eventsOfReport(reportId);
  const copies = (await store.syndicated(r.syndicationGroup)).filter((c) => c.id !== r.id);
  if (json) return JSON.stringify({ report: r, syndicated: copies.map((c) => c.id), events }) + '\n';
  const lines = [
    `Report #${r.id}  ${r.extId}`,
    `source: ${r.source ?? '?'}   published: ${r.published ?? '?'}   ingested: ${r.ingestedAt}`,
    ...(r.url ? [`url: ${r.url}`] : []),
    ...(r.origin ? [`read from: ${r.origin}`] : []),
    `syndication group: ${r.syndicationGroup.slice(0, 12)}${copies.length ? ` (also in reports ${copies.map((c) => `#${c.id}`).join(', ')})` : ' (no copies)'}`,
    '',
    ...(r.title ? [`# ${r.title}`] : []),
    r.text.trim(),
    '',
  ];
  const byVersion = new Map<string, StoredEvent[]>();
  for (const e of events) {
    const v = `${e.extractorVersion}${e.current ? ' (current)' : ''}`;
    byVersion.set(v, [...(byVersion.get(v) ?? []), e]);
  }
  if (!byVersion.size) lines.push('no events');
  for (const [v, list] of byVersion) {
    lines.push(`extractor ${v}: ${list.length} event${list.length === 1 ? '' : 's'}`);
    for (const e of list) lines.push(`  ${eventLine(e, r)}`, `    « ${evidenceOf(e.event, r)} »`);
  }
  return lines.join('\n') + '\n';
}

export async function runShow(argv: string[], out: Writable = process.stdout): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...DB_OPTION, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    out.write(SHOW_HELP);
    return EXIT.ok;
  }
  const [what, n, ...extra] = positionals;
  if ((what !== 'incident' && what !== 'report') || extra.length) throw new CliError(`expected "show incident N" or "show report N"\n${SHOW_HELP}`, EXIT.usage);
  const wanted = id(what, n);
  return withStore(values.db, 'read', async (store) => {
    await write(out, what === 'incident' ? await showIncident(store, wanted, values.json) : await showReport(store, wanted, values.json));
    return EXIT.ok;
  });
}
