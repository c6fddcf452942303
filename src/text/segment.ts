// Sentences and clauses of normalised text. News Arabic strings many facts into one
// sentence with "،" and connectives (كما، فيما، في حين، بينما، وذلك); each clause is a
// candidate unit for one event, the sentence is the unit for its context.
import { isWhiteSpace } from './chars.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

// Sentence ends: . ! ? ؟ ؛ and line breaks; a dot between digits ("1.5") is not an end.
const SENTENCE_END = /[!?؟؛\n]|\.(?!\d)/g;

export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    pushTrimmed(text, start, m.index + 1, out);
    start = m.index + 1;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

// A clause starts after a comma or colon, or before a connective that opens a new statement.
const CLAUSE_BREAK = /[،,:]|\s(?=(?:كما|فيما|في حين|بينما|وفي|فى حين|في غضون|وذلك|من جهه اخري|من جهتها|من جانبها|من جانبه|الي ذلك|وبالتزامن|تزامنا|وسط)\s)/g;

export function clauses(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: Span[] = [];
  let start = 0;
  for (const m of body.matchAll(CLAUSE_BREAK)) {
    pushTrimmed(body, start, m.index + 1, out, sentence.start);
    start = m.index + 1;
  }
  pushTrimmed(body, start, body.length, out, sentence.start);
  return out;
}

function pushTrimmed(text: string, s: number, e: number, out: Span[], offset = 0): void {
  while (s < e && (isWhiteSpace(text.charCodeAt(s)) || LEAD_PUNCT.includes(text[s]!))) s++;
  while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  if (e - s > 1) out.push({ start: offset + s, end: offset + e });
}

const LEAD_PUNCT = '.!?؟؛،,:"\'';
