// The casualty clause of a note: "killing six civilians including a woman and two children
// and injuring eight others", "with no reported fatalities", "killing or injuring four people".
import type { Casualties, Event } from '../codebook/schema.js';
import { count, numberWord } from './english.js';

/** How to call the dead when one actor's members make up the whole toll ("Islamic State fighters"). */
export type MemberNoun = (actor: string) => string;

function about(c: Casualties): string {
  return c.approx ? 'about ' : '';
}

function killedNoun(f: Casualties, total: number, memberNoun: MemberNoun): string {
  const civilians = f.civilians ?? 0;
  if (civilians === total) return total === 1 ? 'civilian' : 'civilians';
  const byActor = Object.entries(f.by_actor ?? {}).filter(([, n]) => n > 0);
  if (byActor.length === 1 && byActor[0]![1] === total) return memberNoun(byActor[0]![0]);
  return total === 1 ? 'person' : 'people';
}

function including(f: Casualties, total: number): string {
  const parts: string[] = [];
  const civilians = f.civilians ?? 0;
  if (civilians > 0 && civilians < total) parts.push(count(civilians, 'civilian', 'civilians'));
  if ((f.women ?? 0) > 0) parts.push(count(f.women!, 'woman', 'women'));
  if ((f.children ?? 0) > 0) parts.push(count(f.children!, 'child', 'children'));
  if (parts.length === 0) return '';
  return ` including ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`}`;
}

function killing(f: Casualties, memberNoun: MemberNoun): string | null {
  if (f.total === null) return f.unknown ? 'killing an unknown number of people' : null;
  if (f.total === 0) return null;
  return `killing ${about(f)}${numberWord(f.total)} ${killedNoun(f, f.total, memberNoun)}${including(f, f.total)}`;
}

function injuring(i: Casualties, afterKilling: boolean): string | null {
  if (i.total === null || i.total === 0) return null;
  const who = afterKilling ? 'others' : i.total === 1 ? 'person' : 'people';
  const noun = afterKilling && i.total === 1 ? 'other' : who;
  return `injuring ${about(i)}${numberWord(i.total)} ${noun}`;
}

export function casualtyPhrase(e: Event, memberNoun: MemberNoun): string | null {
  const killed = killing(e.fatalities, memberNoun);
  const injured = injuring(e.injuries, killed !== null);
  if (killed && injured) return `${killed} and ${injured}`;
  if (killed || injured) return killed ?? injured;
  if (e.casualties_total !== null && e.casualties_total > 0) {
    return `killing or injuring ${numberWord(e.casualties_total)} ${e.casualties_total === 1 ? 'person' : 'people'}`;
  }
  if (e.fatalities.total === 0) return 'with no reported fatalities';
  return null;
}
