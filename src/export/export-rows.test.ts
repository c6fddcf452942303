// GeoJSON and JSON Lines output, the format switch, and streaming in bounded memory.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { exportRows } from './export-rows.js';
import { sampleRow } from './sample-row.js';
import { EXPORT_FORMATS, type ExportFormat, type ExportRow } from './types.js';

async function collect(format: ExportFormat, rows: Iterable<ExportRow>): Promise<string> {
  let out = '';
  for await (const chunk of exportRows(format, rows, { now: new Date(0) })) out += chunk;
  return out;
}

const noPoint = sampleRow(
  { location: { ...sampleRow().event.location, lat: null, lon: null } },
  { eventId: 'r1#1' },
);

describe('geojson', () => {
  it('is a FeatureCollection of points; rows without a point are counted in rasid:skipped', async () => {
    const text = await collect('geojson', [
      sampleRow({}, { incidentId: 'inc:r1#0' }),
      noPoint,
      sampleRow({}, { eventId: 'r1#2' }),
    ]);
    const fc = JSON.parse(text) as {
      type: string;
      features: { geometry: unknown; properties: Record<string, unknown> }[];
      'rasid:skipped': number;
    };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc['rasid:skipped']).toBe(1);
    expect(fc.features.map((f) => f.properties.event_id)).toEqual(['r1#0', 'r1#2']);
    expect(fc.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [40.1408, 35.3359] });
    expect(fc.features[0]!.properties).toMatchObject({
      incident_id: 'inc:r1#0',
      report_id: 'r1',
      location_ar: 'الجورة',
      fatalities: 6,
      weapons: 'mortar',
      source: 'SOHR',
    });
    // flat: every property is a scalar
    for (const v of Object.values(fc.features[0]!.properties))
      expect(v === null || typeof v !== 'object').toBe(true);
  });

  it('an empty export is still valid GeoJSON', async () => {
    expect(JSON.parse(await collect('geojson', []))).toEqual({
      type: 'FeatureCollection',
      features: [],
      'rasid:skipped': 0,
    });
  });
});

describe('jsonl', () => {
  it('writes the codebook event with its ids, one line each', async () => {
    const lines = (await collect('jsonl', [sampleRow({}, { incidentId: 'inc:x' }), noPoint])).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const first = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(first).slice(0, 3)).toEqual(['event_id', 'report_id', 'incident_id']);
    expect(first).toEqual({ event_id: 'r1#0', report_id: 'r1', incident_id: 'inc:x', ...sampleRow().event });
    expect((JSON.parse(lines[1]!) as { incident_id: unknown }).incident_id).toBeNull();
  });
});

describe('exportRows', () => {
  it('rejects an unknown format, naming the known ones', () => {
    expect(() => exportRows('xlsx' as ExportFormat, [])).toThrow(
      /expected an export format \(acled-csv, ucdp-csv, geojson, jsonl\), found "xlsx"/,
    );
  });

  it('reads async rows as well as arrays', async () => {
    async function* rows(): AsyncGenerator<ExportRow> {
      yield sampleRow();
    }
    let out = '';
    for await (const chunk of exportRows('jsonl', rows())) out += chunk;
    expect(out).toBe(await collect('jsonl', [sampleRow()]));
  });
});

describe('streaming', () => {
  // A forced collection makes heap figures comparable; V8 allows turning gc on at run time.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const N = 200_000;

  async function* generated(): AsyncGenerator<ExportRow> {
    for (let i = 0; i < N; i++) {
      yield sampleRow({ fatalities: { total: i % 17, civilians: i % 17 } }, { eventId: `gen#${i}` });
    }
  }

  it.each(EXPORT_FORMATS)('%s: 200,000 rows in bounded memory', async (format) => {
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let chunks = 0;
    let bytes = 0;
    for await (const chunk of exportRows(format, generated(), { now: new Date(0) })) {
      chunks++;
      bytes += chunk.length;
      if (chunks % 20_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
    // 56M-110M characters went through: holding the rows or the output would take hundreds of MB
    expect(bytes).toBeGreaterThan(N * 250);
    expect(peak - before).toBeLessThan(32 * 2 ** 20);
  });
});
