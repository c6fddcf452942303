// Near-duplicates: the same agency text carried by several outlets (with their own datelines and
// chrome) shares a syndication group; different reports of the same day do not. Texts written for
// this project.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, estimateJaccard, expandInputs, readFiles, signature, SyndicationIndex, type ReadReport } from '../src/ingest/index.js';

const AGENCY = 'قُتل أربعة مدنيين بينهم طفلان وأصيب سبعة آخرون، صباح اليوم الثلاثاء، جراء غارات جوية شنها الطيران الحربي على بلدة موحسن في ريف دير الزور الشرقي. وقال ناشطون محليون إن الغارات استهدفت السوق الشعبي وسط البلدة في ساعة الذروة، ما أدى إلى دمار واسع في المحال التجارية والمنازل المجاورة. وأضاف الناشطون أن فرق الدفاع المدني عملت على انتشال الضحايا من تحت الأنقاض ونقل المصابين إلى مشفى ميداني قريب.';
const COPIES = [
  `دير الزور - وكالات: ${AGENCY}`,
  `${AGENCY}\nتابعونا على تلغرام`,
  // re-typed with other hamza forms and tashkeel: the same normalised text
  AGENCY.replace('أربعة', 'اربعة').replace('قُتل', 'قتل'),
];
const OTHERS = [
  // the same event in an outlet's own words
  'شن الطيران الحربي صباح الثلاثاء غارات على موحسن شرقي دير الزور، وأفاد مراسلنا بمقتل أربعة مدنيين بينهم طفلان، وإصابة سبعة بجروح، واستهدفت الغارات السوق وسط البلدة.',
  'قصفت قوات النظام بالمدفعية الثقيلة مدينة كفرنبل في ريف إدلب الجنوبي مساء أمس الإثنين، ما أدى لمقتل رجل وإصابة ثلاثة آخرين بجروح متفاوتة.',
  'انفجرت عبوة ناسفة مزروعة على جانب الطريق بسيارة مدنية قرب مدينة الباب في ريف حلب الشرقي، صباح اليوم الأربعاء، ما أسفر عن مقتل شخصين.',
];

describe('near-duplicate detection', () => {
  it('copies of one agency text with different datelines and chrome estimate Jaccard ≥ 0.8', () => {
    const a = signature(AGENCY);
    for (const c of COPIES) expect(estimateJaccard(a, signature(c))).toBeGreaterThanOrEqual(0.8);
  });

  it('different reports, even of the same event, stay far below', () => {
    const a = signature(AGENCY);
    for (const o of OTHERS) expect(estimateJaccard(a, signature(o))).toBeLessThan(0.2);
  });

  it('copies join the group of the earliest; others start their own', () => {
    const idx = new SyndicationIndex();
    const first = contentHash(AGENCY);
    expect(idx.assign(signature(AGENCY), first)).toBe(first);
    for (const c of COPIES) expect(idx.assign(signature(c), contentHash(c))).toBe(first);
    for (const o of OTHERS) expect(idx.assign(signature(o), contentHash(o))).toBe(contentHash(o));
  });

  it('exact duplicates: the same normalised text has the same hash', () => {
    expect(contentHash(COPIES[2]!)).toBe(contentHash(AGENCY));
    expect(contentHash(`  ${AGENCY.replace(/ /g, '  ')}\n`)).toBe(contentHash(AGENCY));
    expect(contentHash(COPIES[0]!)).not.toBe(contentHash(AGENCY));
  });

  it('the same agency text on two sites (fixture pages) is one group; the site\'s other pages are not', async () => {
    const fx = resolve(__dirname, 'fixtures', 'ingest');
    const idx = new SyndicationIndex();
    const groups = new Map<string, string>();
    for await (const i of readFiles(expandInputs([join(fx, 'site-a'), join(fx, 'site-b')]))) {
      const { report: r, origin } = i as ReadReport;
      groups.set(origin.slice(fx.length + 1), idx.assign(signature(r.text), contentHash(r.text)));
    }
    expect(groups.get('site-b/agency-mohasan.html')).toBe(groups.get('site-a/mohasan.html'));
    expect(new Set(groups.values()).size).toBe(3);
  });
});
