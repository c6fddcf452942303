// The browser app's pure modules, run in Node: evidence splitting, grid clustering, timeline
// bins, audit diffs, the changes a correction form sends. (Plain JS modules of web/js, loaded
// by URL: the type-check does not read web/.)
import { describe, expect, it } from 'vitest';

type Segment = { text: string; marked: boolean; start: number; end: number };
const load = async <T>(file: string): Promise<T> => (await import(new URL(`../../web/js/${file}`, import.meta.url).href)) as T;

const { splitAtSpans, normaliseSpans } = await load<{
  splitAtSpans: (text: string, spans: Array<[number, number]>) => Segment[];
  normaliseSpans: (spans: Array<[number, number]>, length: number) => Array<[number, number]>;
}>('evidence.js');
const { gridCluster } = await load<{ gridCluster: <T>(points: Array<{ x: number; y: number; item: T }>, cell: number) => Array<{ x: number; y: number; items: T[] }> }>('grid-cluster.js');
const { timelineBins } = await load<{ timelineBins: (rows: unknown[], o?: { maxBins?: number }) => { bins: Array<Record<string, number | string>>; unit: string } }>('timeline-data.js');
const { diffFields } = await load<{ diffFields: (a: unknown, b: unknown) => Array<{ field: string; before: unknown; after: unknown }> }>('audit-diff.js');
const { eventChanges } = await load<{ eventChanges: (event: unknown, values: unknown) => Record<string, unknown> }>('event-editor.js');

describe('evidence highlighting', () => {
  const text = 'قصف على البلدة. قتل ٥ مدنيين. وانتهى.';
  it.each([
    ['one span', [[16, 29]] as Array<[number, number]>, ['قصف على البلدة. ', 'قتل ٥ مدنيين.', ' وانتهى.']],
    ['a span at the start', [[0, 15]] as Array<[number, number]>, ['قصف على البلدة.', ' قتل ٥ مدنيين. وانتهى.']],
    ['overlapping spans merge', [[0, 10], [5, 15]] as Array<[number, number]>, ['قصف على البلدة.', ' قتل ٥ مدنيين. وانتهى.']],
    ['no spans', [] as Array<[number, number]>, [text]],
  ])('%s', (_name, spans, pieces) => {
    const segments = splitAtSpans(text, spans);
    expect(segments.map((s) => s.text)).toEqual(pieces);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('clamps spans to the text and drops empty or malformed ones', () => {
    expect(normaliseSpans([[-5, 3], [10, 10], [30, 99], [Number.NaN, 4]], 35)).toEqual([[0, 3], [30, 35]]);
  });
});

describe('grid clustering', () => {
  it('puts points of one cell in one cluster at their mean, others apart', () => {
    const clusters = gridCluster([{ x: 1, y: 1, item: 'a' }, { x: 9, y: 9, item: 'b' }, { x: 25, y: 1, item: 'c' }], 20);
    expect(clusters).toEqual([{ x: 5, y: 5, items: ['a', 'b'] }, { x: 25, y: 1, items: ['c'] }]);
  });
  it('skips points without a position', () => {
    expect(gridCluster([{ x: Number.NaN, y: 1, item: 'a' }], 20)).toEqual([]);
  });
});

describe('timeline bins', () => {
  const row = (key: string, fatalities: number, civilians: number, fighters: number) => ({ key, events: 1, fatalities, civilians, fighters });
  it('bins by day for short ranges, the unknown = fatalities − civilians − fighters', () => {
    const { bins, unit } = timelineBins([row('2017-01-01', 10, 4, 3), row('2017-01-03', 2, 2, 0)]);
    expect(unit).toBe('day');
    expect(bins.map((b) => [b.start, b.civilians, b.fighters, b.unknown])).toEqual([['2017-01-01', 4, 3, 3], ['2017-01-02', 0, 0, 0], ['2017-01-03', 2, 0, 0]]);
  });
  it('bins by week (Monday first), month or year for longer ranges', () => {
    expect(timelineBins([row('2017-01-04', 1, 0, 0), row('2017-12-31', 1, 0, 0)]).unit).toBe('week');
    expect(timelineBins([row('2017-01-04', 1, 0, 0), row('2017-12-31', 1, 0, 0)]).bins[0]!.start).toBe('2017-01-02');
    expect(timelineBins([row('2010-01-04', 1, 0, 0), row('2017-12-31', 1, 0, 0)]).unit).toBe('month');
    const years = timelineBins([row('1948-05-04', 1, 0, 0), row('2017-12-31', 3, 0, 0)]);
    expect(years.unit).toBe('year');
    expect(years.bins.at(-1)).toMatchObject({ start: '2017-01-01', end: '2017-12-31', unknown: 3 });
  });
});

describe('audit diffs and corrections', () => {
  it('lists the leaf fields that changed', () => {
    expect(diffFields({ fatalities: { total: 5, civilians: 5 }, type: 'battle' }, { fatalities: { total: 7, civilians: 5 }, type: 'battle' }))
      .toEqual([{ field: 'fatalities.total', before: 5, after: 7 }]);
  });
  it('sends only the changed fields of a correction form', () => {
    const event = { type: 'battle', subtype: 'armed_clash', date: '2017-01-01', actor1: 'A', actor2: null, fatalities: { total: 5, civilians: 2 } };
    const same = { fatalities: { total: 5, civilians: 2, women: null, children: null }, type: 'battle', subtype: 'armed_clash', actor1: 'A', actor2: null, date: '2017-01-01' };
    expect(eventChanges(event, same)).toEqual({});
    expect(eventChanges(event, { ...same, fatalities: { ...same.fatalities, total: 7 }, actor2: 'B' })).toEqual({ fatalities: { total: 7 }, actor2: 'B' });
  });
});
