// The one contract suite every Store implementation runs (sqlite/store.test.ts,
// postgres/store.test.ts), on a real database each time: no mocks. `open` gives a fresh, empty
// database, migrated up to `schemaVersion` when given, else to the latest.
import { afterEach, describe, expect, it } from 'vitest';
import { collect, labelOf, makeEvent, makeReport, storeOpener } from './fixtures.js';
import { runFilterContract } from './contract-filters.js';
import { runReviewContract } from './contract-review.js';
import { runAccountAdminContract } from './contract-accounts.js';
import { StoreError } from './store-error.js';
import type { Extraction, NewReport, Store } from './types.js';

export type OpenStore = (opts?: { readonly schemaVersion?: number }) => Promise<Store>;

export const LATEST_SCHEMA = 7;

export function runStoreContract(name: string, open: OpenStore): void {
  const { fresh, closeAll } = storeOpener(open);
  afterEach(closeAll);

  describe(`${name}: migrations`, () => {
    it('migrates a fresh database to the latest version', async () => {
      const s = await fresh();
      expect(await s.schemaVersion()).toBe(LATEST_SCHEMA);
      expect(await s.stats()).toEqual({ reports: 0, events: 0, incidents: 0 });
    });

    it('re-running the migrations is a no-op that keeps the data', async () => {
      const s = await fresh();
      await s.putReports([makeReport('a', 'نص أول')]);
      await s.migrate();
      await s.migrate();
      expect(await s.schemaVersion()).toBe(LATEST_SCHEMA);
      expect((await s.stats()).reports).toBe(1);
    });

    it('upgrades a database at version 1, keeping its reports searchable', async () => {
      const s = await fresh({ schemaVersion: 1 });
      expect(await s.schemaVersion()).toBe(1);
      const [r] = (await s.putReports([makeReport('old', 'وقع القصف على القرية')])).results;
      await s.migrate();
      expect(await s.schemaVersion()).toBe(LATEST_SCHEMA);
      await s.putExtractions([
        { reportId: r!.id, extractorVersion: '1', events: [makeEvent({ label: 1 })], tallies: [] },
      ]);
      expect((await collect(s.events({ text: 'قصف' }))).map(labelOf)).toEqual([1]);
    });

    it('upgrades a database at version 5 (007: account changes join the audit trail), keeping its entries', async () => {
      const s = await fresh({ schemaVersion: 5 });
      const [r] = (await s.putReports([makeReport('old', 'وقع القصف على القرية')])).results;
      await s.putExtractions([{ reportId: r!.id, extractorVersion: '1', events: [makeEvent({ label: 1 })], tallies: [] }]);
      const [e] = await collect(s.events());
      await s.correctEvent(e!.id, { ...e!.event, date: '2017-01-16' }, { who: 'huda', comment: 'before 007' });
      await expect(s.putUser({ name: 'early', role: 'viewer', passwordHash: 'x' }, { who: 'admin' })).rejects.toThrow();
      const [old] = await s.audit();
      await s.migrate();
      expect(await s.schemaVersion()).toBe(LATEST_SCHEMA);
      expect(await s.audit()).toEqual([old]);
      const u = await s.putUser({ name: 'early', role: 'viewer', passwordHash: 'x' }, { who: 'admin' });
      const trail = await s.audit({ oldestFirst: true });
      expect(trail.map((a) => [a.entity, a.entityId, a.action])).toEqual([
        ['event', e!.id, 'correct'],
        ['user', u.id, 'user_add'],
      ]);
      expect(trail[1]!.id).toBeGreaterThan(old!.id);
    });
  });

  describe(`${name}: reports`, () => {
    const text = 'شَنَّ الطيرانُ الحربيُّ غاراتٍ على بلدة موحسن';
    const full = makeReport('r1', text, {
      source: 'SANA',
      url: 'https://example.org/1',
      title: 'غارات',
      origin: 'feed.xml',
    });

    it('stores a report exactly and finds it by id and by hash', async () => {
      const s = await fresh();
      const [r] = (await s.putReports([full])).results;
      expect(r).toEqual({ id: r!.id, isNew: true, duplicateOf: null });
      const got = await s.getReport(r!.id);
      expect(got).toMatchObject({ ...full, id: r!.id });
      expect(got!.ingestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
      expect(await s.reportByHash(full.contentHash)).toEqual(got);
      expect(await s.getReport(r!.id + 1000)).toBeNull();
      expect(await s.reportByHash('nope')).toBeNull();
    });

    it('is idempotent by content hash, across batches and within one', async () => {
      const s = await fresh();
      const first = (await s.putReports([full, makeReport('r2', 'نص آخر')])).results;
      const again = (await s.putReports([makeReport('r1-copy', text), full])).results;
      expect(again).toEqual([
        { id: first[0]!.id, isNew: false, duplicateOf: first[0]!.id },
        { id: first[0]!.id, isNew: false, duplicateOf: first[0]!.id },
      ]);
      const within = (await s.putReports([makeReport('x', 'نص ثالث'), makeReport('y', 'نص ثالث')])).results;
      expect(within[0]!.isNew).toBe(true);
      expect(within[1]).toEqual({ id: within[0]!.id, isNew: false, duplicateOf: within[0]!.id });
      expect((await s.stats()).reports).toBe(3);
    });

    it('groups syndicated copies and points a new copy to the first', async () => {
      const s = await fresh();
      const a = makeReport('a', 'نص الوكالة الأصلي', { syndicationGroup: 'g1', source: 'SANA' });
      const b = makeReport('b', 'نص الوكالة الأصلي مع تعديل', { syndicationGroup: 'g1', source: 'Enab' });
      const c = makeReport('c', 'خبر مستقل', { syndicationGroup: 'g2' });
      const [ra, rb, rc] = (await s.putReports([a, b, c])).results;
      expect(rb!.duplicateOf).toBe(ra!.id);
      expect(rc!.duplicateOf).toBeNull();
      expect((await s.syndicated('g1')).map((r) => r.extId)).toEqual(['a', 'b']);
      expect(await s.syndicated('none')).toEqual([]);
    });

    it('rolls the whole batch back when one row fails', async () => {
      const s = await fresh();
      const bad = { ...makeReport('bad', 'x'), text: null } as unknown as NewReport;
      await expect(s.putReports([full, bad])).rejects.toThrow(StoreError);
      await expect(s.putReports([full, bad])).rejects.toThrow(/report #1 .*expected text/);
      expect(await s.reportByHash(full.contentHash)).toBeNull();
      expect((await s.stats()).reports).toBe(0);
    });
  });

  describe(`${name}: extraction versions`, () => {
    const setup = async (): Promise<{ s: Store; id: number }> => {
      const s = await fresh();
      const [r] = (await s.putReports([makeReport('r', 'قصف مدفعي على حلب')])).results;
      return { s, id: r!.id };
    };
    const x = (reportId: number, version: string, labels: number[]): Extraction => ({
      reportId,
      extractorVersion: version,
      events: labels.map((label) => makeEvent({ label })),
      tallies: [{ what: 'killed', total: labels.length, period: null, area: null }],
    });

    it('keeps the current extraction and stores a newer one beside it', async () => {
      const { s, id } = await setup();
      await s.putExtractions([x(id, '1', [1, 2])]);
      await s.putExtractions([x(id, '2', [3])]);
      expect((await collect(s.events())).map(labelOf)).toEqual([1, 2]);
      const all = await s.eventsOfReport(id);
      expect(all.map((e) => [labelOf(e), e.extractorVersion, e.current])).toEqual([
        [1, '1', true],
        [2, '1', true],
        [3, '2', false],
      ]);
      expect(
        (await s.talliesOfReport(id)).map((t) => [t.extractorVersion, t.current, t.tallies[0]!.total]),
      ).toEqual([
        ['1', true, 2],
        ['2', false, 1],
      ]);
      expect((await s.stats()).events).toBe(2);
    });

    it('replace makes the new extraction current and keeps the old one', async () => {
      const { s, id } = await setup();
      await s.putExtractions([x(id, '1', [1, 2])]);
      await s.putExtractions([x(id, '2', [3])], { replace: true });
      expect((await collect(s.events())).map(labelOf)).toEqual([3]);
      expect((await s.eventsOfReport(id)).map((e) => [labelOf(e), e.current])).toEqual([
        [1, false],
        [2, false],
        [3, true],
      ]);
      expect(await s.countEvents()).toBe(1);
    });

    it('an identical re-run adds nothing; with replace it becomes current again', async () => {
      const { s, id } = await setup();
      await s.putExtractions([x(id, '1', [1])]);
      await s.putExtractions([x(id, '2', [2])], { replace: true });
      await s.putExtractions([x(id, '2', [2]), x(id, '1', [1])]);
      expect(await s.eventsOfReport(id)).toHaveLength(2);
      await s.putExtractions([x(id, '1', [1])], { replace: true });
      expect((await s.eventsOfReport(id)).map((e) => [labelOf(e), e.current])).toEqual([
        [1, true],
        [2, false],
      ]);
    });

    it('replace twice in one batch leaves the last one current', async () => {
      const { s, id } = await setup();
      await s.putExtractions([x(id, '1', [1]), x(id, '2', [2]), x(id, '3', [3])], { replace: true });
      expect((await collect(s.events())).map(labelOf)).toEqual([3]);
      expect((await s.eventsOfReport(id)).map((e) => e.current)).toEqual([false, false, true]);
    });

    it('an unknown report id rolls the batch back', async () => {
      const { s, id } = await setup();
      await expect(s.putExtractions([x(id, '1', [1]), x(id + 99, '1', [2])])).rejects.toThrow(
        /unknown report id/,
      );
      expect(await s.eventsOfReport(id)).toEqual([]);
    });
  });

  describe(`${name}: streaming`, () => {
    const N = 2500; // more than two PostgreSQL pages
    const seed = async (): Promise<Store> => {
      const s = await fresh();
      const reports = Array.from({ length: 50 }, (_, i) => makeReport(`s${i}`, `تقرير رقم ${i}`));
      const ids = (await s.putReports(reports)).results.map((r) => r.id);
      const batch: Extraction[] = ids.map((reportId, i) => ({
        reportId,
        extractorVersion: '1',
        tallies: [],
        events: Array.from({ length: N / 50 }, (_, k) => {
          const n = i * (N / 50) + k;
          // dates out of insertion order, some equal, some missing
          const date =
            n % 97 === 0
              ? null
              : `2017-${String(((n * 7) % 12) + 1).padStart(2, '0')}-${String(((n * 13) % 28) + 1).padStart(2, '0')}`;
          return makeEvent({ label: n, date });
        }),
      }));
      await s.putExtractions(batch);
      return s;
    };
    const key = (d: string | null, id: number): string =>
      `${d ?? '9999-12-31'}|${String(id).padStart(12, '0')}`;

    it('streams every event in (date, id) order, undated last; limit and offset cut the same order', async () => {
      const s = await seed();
      const all = await collect(s.events());
      expect(all).toHaveLength(N);
      const keys = all.map((e) => key(e.event.date, e.id));
      expect(keys).toEqual([...keys].sort());
      expect(all[N - 1]!.event.date).toBeNull();
      expect(await s.countEvents({ limit: 5 })).toBe(N);
      const page = await collect(s.events({ limit: 1500, offset: 700 }));
      expect(page.map((e) => e.id)).toEqual(all.slice(700, 2200).map((e) => e.id));
      expect(await collect(s.events({ offset: N - 3 }))).toHaveLength(3);
      expect(await collect(s.events({ limit: 0 }))).toEqual([]);
    });

    it('a stream can stop early, and writes work while a stream is open', async () => {
      const s = await seed();
      let n = 0;
      for await (const e of s.events()) {
        if (n === 0)
          expect((await s.putReports([makeReport('during', 'كتب أثناء القراءة')])).results[0]!.isNew).toBe(
            true,
          );
        if (++n === 10) break;
        expect(e.current).toBe(true);
      }
      expect(n).toBe(10);
      expect((await s.stats()).reports).toBe(51);
    });
  });

  // these suites share one store across their tests and close it themselves
  runFilterContract(name, open);
  // the API's additions (issue 4): accounts, corrections, review, audit
  runReviewContract(name, () => open());
  runAccountAdminContract(name, () => open());
}
