// The mock API's data: events, reports and incidents built from the fixture reports, with the
// writes the UI makes (corrections with an audit trail, review, merge, split). In memory; one
// state per mock server, so every test run starts from the fixtures.
import { MOCK_REPORTS } from './fixtures/mock-reports.js';

export type Role = 'viewer' | 'analyst' | 'admin';
export interface AuditEntry { who: string; when: string; action: string; before: unknown; after: unknown; comment: string | null }
interface Toll { total: number | null; civilians: number | null; women: number | null; children: number | null }
export interface MockEvent {
  type: string; subtype: string; date: string; actor1: string | null; actor2: string | null;
  location: { name: string; name_ar: string; admin1: string; lat: number; lon: number; geo_precision: number };
  fatalities: Toll; injuries: { total: number | null }; weapons: string[]; evidence: Array<[number, number]>;
}
interface EventRow { id: number; reportId: number; incidentId: number; side1: string | null; side2: string | null; event: MockEvent; original: MockEvent; audit: AuditEntry[] }
interface IncidentRow { id: number; reviewed: boolean; audit: AuditEntry[] }

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : Math.round(((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2);
};

export class MockState {
  readonly events = new Map<number, EventRow>();
  readonly incidents = new Map<number, IncidentRow>();
  private nextIncidentId = 100;

  constructor() {
    for (const r of MOCK_REPORTS) {
      for (const e of r.events) {
        const start = r.text.indexOf(e.sentence);
        if (start < 0) throw new Error(`fixture report ${r.id}: evidence sentence of event ${e.eventId} is not in its text`);
        const event: MockEvent = {
          type: e.type, subtype: e.subtype, date: e.date, actor1: e.actor1, actor2: e.actor2,
          location: { ...e.place, geo_precision: 1 },
          fatalities: { total: e.toll.total, civilians: e.toll.civilians ?? null, women: e.toll.women ?? null, children: e.toll.children ?? null },
          injuries: { total: e.injured ?? null }, weapons: [], evidence: [[start, start + e.sentence.length]],
        };
        this.events.set(e.eventId, { id: e.eventId, reportId: r.id, incidentId: e.incident, side1: e.side1, side2: e.side2, event, original: clone(event), audit: [] });
        if (!this.incidents.has(e.incident)) this.incidents.set(e.incident, { id: e.incident, reviewed: false, audit: [] });
      }
    }
  }

  membersOf(incidentId: number): EventRow[] {
    return [...this.events.values()].filter((e) => e.incidentId === incidentId).sort((a, b) => a.id - b.id);
  }

  /** The incident as GET /api/incidents lists it. */
  summary(id: number) {
    const row = this.incidents.get(id);
    const members = this.membersOf(id);
    const first = members[0];
    if (!row || !first) return null;
    const totals = members.map((m) => m.event.fatalities.total).filter((n): n is number => typeof n === 'number');
    const sources = new Set(members.map((m) => m.reportId)).size;
    const conflicts: string[] = [];
    if (new Set(totals).size > 1) conflicts.push('toll');
    if (new Set(members.map((m) => m.event.actor1 ?? '')).size > 1) conflicts.push('perpetrator');
    if (new Set(members.map((m) => m.event.subtype)).size > 1) conflicts.push('subtype');
    const civilians = members.map((m) => m.event.fatalities.civilians).filter((n): n is number => typeof n === 'number');
    const dates = members.map((m) => m.event.date).sort();
    return {
      id, type: first.event.type, subtype: first.event.subtype, date: dates[0] ?? null,
      date_end: dates[dates.length - 1] !== dates[0] ? (dates[dates.length - 1] ?? null) : null,
      location: clone(first.event.location),
      fatalities: totals.length ? { low: Math.min(...totals), best: median(totals), high: Math.max(...totals) } : null,
      civilians: civilians.length ? median(civilians) : null,
      sources, grade: sources < 2 ? 'single_source' : conflicts.length ? 'contested' : 'corroborated', conflicts,
      reviewed: row.reviewed, actor1: first.event.actor1, actor2: first.event.actor2,
      sides: [...new Set(members.flatMap((m) => [m.side1, m.side2]).filter((s): s is string => Boolean(s)))],
      fighters: first.side2 && first.side2 !== 'civilians' && totals.length ? median(totals) : 0,
    };
  }

  allSummaries() {
    return [...this.incidents.keys()].sort((a, b) => a - b).map((id) => this.summary(id)).filter((s) => s !== null);
  }

  detail(id: number) {
    const s = this.summary(id);
    if (!s) return null;
    const members = this.membersOf(id);
    const reportIds = [...new Set(members.map((m) => m.reportId))];
    const summary: Record<string, unknown> = { ...s };
    delete summary.sides;
    delete summary.fighters;
    return {
      ...summary,
      members: members.map((m) => {
        const r = MOCK_REPORTS.find((x) => x.id === m.reportId);
        return { eventId: m.id, reportId: m.reportId, source: r?.source ?? null, published: r?.published ?? null, event: clone(m.event), original: clone(m.original), corrected: m.audit.length > 0 };
      }),
      reports: reportIds.map((rid) => {
        const r = MOCK_REPORTS.find((x) => x.id === rid);
        return { id: rid, source: r?.source, url: r?.url, published: r?.published, title: r?.title, text: r?.text,
          evidence: members.filter((m) => m.reportId === rid).flatMap((m) => m.event.evidence) };
      }),
      figures: members.map((m) => ({
        reportId: m.reportId, source: MOCK_REPORTS.find((x) => x.id === m.reportId)?.source ?? null,
        fatalities: m.event.fatalities.total, civilians: m.event.fatalities.civilians, children: m.event.fatalities.children,
        women: m.event.fatalities.women, injured: m.event.injuries.total, actor1: m.event.actor1, location_name: m.event.location.name,
      })),
    };
  }

  eventDetail(id: number) {
    const e = this.events.get(id);
    if (!e) return null;
    return { id: e.id, reportId: e.reportId, incidentId: e.incidentId, event: clone(e.event), original: clone(e.original), corrected: e.audit.length > 0, audit: clone(e.audit) };
  }

  correct(id: number, changes: Record<string, unknown>, comment: string | null, who: string) {
    const e = this.events.get(id);
    if (!e) return null;
    const before = clone(e.event);
    for (const [k, v] of Object.entries(changes)) {
      if (k === 'fatalities' && v && typeof v === 'object') e.event.fatalities = { ...e.event.fatalities, ...(v as Partial<Toll>) };
      else if (['type', 'subtype', 'actor1', 'actor2', 'date'].includes(k)) (e.event as unknown as Record<string, unknown>)[k] = v;
      else throw new Error(`cannot change field "${k}"`);
    }
    e.audit.push({ who, when: new Date().toISOString(), action: 'correct', before, after: clone(e.event), comment });
    return this.eventDetail(id);
  }

  review(id: number, who: string) {
    const row = this.incidents.get(id);
    if (!row) return null;
    row.audit.push({ who, when: new Date().toISOString(), action: 'review', before: { reviewed: row.reviewed }, after: { reviewed: true }, comment: null });
    row.reviewed = true;
    return this.detail(id);
  }

  merge(ids: number[], who: string) {
    const [keep, ...others] = ids;
    if (keep === undefined || !this.incidents.has(keep) || others.some((o) => !this.incidents.has(o))) return null;
    for (const e of this.events.values()) if (others.includes(e.incidentId)) e.incidentId = keep;
    for (const o of others) this.incidents.delete(o);
    this.incidents.get(keep)?.audit.push({ who, when: new Date().toISOString(), action: 'merge', before: { ids }, after: { id: keep }, comment: null });
    return this.detail(keep);
  }

  split(id: number, eventIds: number[], who: string) {
    const members = this.membersOf(id);
    if (eventIds.length === 0 || eventIds.length >= members.length || eventIds.some((e) => !members.some((m) => m.id === e))) return null;
    const newId = this.nextIncidentId++;
    this.incidents.set(newId, { id: newId, reviewed: false, audit: [] });
    for (const e of eventIds) {
      const row = this.events.get(e);
      if (row) row.incidentId = newId;
    }
    this.incidents.get(id)?.audit.push({ who, when: new Date().toISOString(), action: 'split', before: { eventIds: members.map((m) => m.id) }, after: { moved: eventIds, to: newId }, comment: null });
    return this.detail(newId);
  }
}
