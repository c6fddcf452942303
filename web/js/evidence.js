// Evidence highlighting: a report's text split at the evidence spans ([start, end) in UTF-16
// code units, as JavaScript indexes strings) into plain and marked segments. Pure, so it is
// unit-tested in Node; the DOM side turns segments into text nodes and <mark> elements.

/**
 * @typedef {{ text: string, marked: boolean, start: number, end: number }} Segment
 */

/**
 * Merges overlapping or touching spans, clamps them to the text and drops empty ones.
 * @param {ReadonlyArray<readonly [number, number]>} spans
 * @param {number} length
 * @returns {Array<[number, number]>}
 */
export function normaliseSpans(spans, length) {
  const clean = spans
    .filter((s) => Array.isArray(s) && Number.isInteger(s[0]) && Number.isInteger(s[1]))
    .map(([s, e]) => /** @type {[number, number]} */ ([Math.max(0, s), Math.min(length, e)]))
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  /** @type {Array<[number, number]>} */
  const merged = [];
  for (const span of clean) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/**
 * @param {string} text
 * @param {ReadonlyArray<readonly [number, number]>} spans
 * @returns {Segment[]}
 */
export function splitAtSpans(text, spans) {
  /** @type {Segment[]} */
  const segments = [];
  let at = 0;
  for (const [start, end] of normaliseSpans(spans, text.length)) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false, start: at, end: start });
    segments.push({ text: text.slice(start, end), marked: true, start, end });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), marked: false, start: at, end: text.length });
  return segments;
}

/**
 * The report text as DOM nodes: text nodes and <mark data-start data-end> for evidence.
 * @param {string} text
 * @param {ReadonlyArray<readonly [number, number]>} spans
 * @returns {Node[]}
 */
export function highlightedNodes(text, spans) {
  return splitAtSpans(text, spans).map((seg) => {
    if (!seg.marked) return document.createTextNode(seg.text);
    const mark = document.createElement('mark');
    mark.className = 'evidence';
    mark.dataset.start = String(seg.start);
    mark.dataset.end = String(seg.end);
    mark.textContent = seg.text;
    return mark;
  });
}
