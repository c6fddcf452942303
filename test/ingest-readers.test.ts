// Readers on the fixtures in test/fixtures/ingest (written for this project): web pages lose
// their site chrome and keep their dates, feeds give one report per item, JSONL lines are
// validated with file:line, folders are walked by extension.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBoilerplate, isBoilerplate } from '../src/ingest/boilerplate.js';
import { toIsoDate } from '../src/ingest/dates.js';
import { expandInputs, readFiles, type IngestItem, type ReadReport } from '../src/ingest/index.js';
import { parsePage, readHtmlFile } from '../src/ingest/read-html.js';

const fx = resolve(__dirname, 'fixtures', 'ingest');
const boilerplate = loadBoilerplate();

async function all(paths: string[]): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const i of readFiles(expandInputs(paths))) out.push(i);
  return out;
}
const reports = (items: IngestItem[]): ReadReport[] => items.filter((i): i is ReadReport => 'report' in i);
const byOrigin = (items: IngestItem[], end: string): ReadReport => {
  const r = reports(items).find((i) => i.origin.endsWith(end));
  if (!r) throw new Error(`no report from ${end}`);
  return r;
};

const CHROME = ['اترك رد', 'مقالات ذات صلة', 'اشترك في النشرة', 'فيسبوك', 'جميع الحقوق', 'اقرأ أيضاً', 'الرئيسية', 'صدى الشرق موقع إخباري', 'تابعونا', 'إضافة تعليق', 'أخبار ذات صلة'];

describe('web pages', () => {
  it.each([
    // file, published (from), source, first words of the text
    ['site-a/mohasan.html', '2017-01-17', 'صدى الشرق', 'قُتل أربعة مدنيين'], // article:published_time
    ['site-a/kafranbel.html', '2017-01-10', 'صدى الشرق', 'قصفت قوات النظام'], // JSON-LD @graph datePublished
    ['site-a/albab.html', '2017-01-18', 'صدى الشرق', 'انفجرت عبوة ناسفة'], // <time datetime>
    ['site-b/agency-mohasan.html', '2017-01-17', 'nabd-alfurat.example', 'دير الزور (وكالات)'], // meta pubdate; host of og:url
  ])('%s: date %s, source %s, main text without site chrome', async (file, published, source, start) => {
    const r = byOrigin(await all([fx]), file).report;
    expect(r.published).toBe(published);
    expect(r.source).toBe(source);
    expect(r.text.startsWith(start)).toBe(true);
    for (const c of CHROME) expect(r.text).not.toContain(c);
  });

  it('drops the about-us paragraph only when it recurs on 3 pages of the site in the run', async () => {
    const alone = reports(await all([join(fx, 'site-a', 'mohasan.html')]))[0]!.report.text;
    expect(alone).toContain('صدى الشرق موقع إخباري');
    const together = byOrigin(await all([join(fx, 'site-a')]), 'mohasan.html').report.text;
    expect(together).not.toContain('صدى الشرق موقع إخباري');
  });

  it('keeps the canonical URL as id and url, the headline as title', () => {
    const p = readHtmlFile(join(fx, 'site-a', 'albab.html'), boilerplate);
    expect(p.meta.url).toBe('https://sada-alsharq.example/2017/01/albab');
    expect(p.title).toBe('انفجار عبوة ناسفة قرب الباب');
    expect(p.paragraphs).toHaveLength(3); // two of the article, the about-us paragraph (not yet known as recurring)
  });

  it('falls back on the body when Readability finds no article', () => {
    const p = parsePage('<html><body><nav>الرئيسية</nav><p>قصف على البلدة.</p><footer>جميع الحقوق محفوظة</footer></body></html>', 'x.html', boilerplate);
    expect(p.paragraphs).toEqual(['قصف على البلدة.']);
    expect(p.site).toBe('dir:.');
  });
});

describe('the boilerplate list', () => {
  it.each([
    ['اترك رداً', true],
    ['مقالات ذات صلة', true],
    ['شارك: فيسبوك | تويتر | واتساب', true],
    ['اشترك في النشرة البريدية ليصلك كل جديد', true],
    ['الوسوم: سوريا، دير الزور', true],
    ['Share this:', true],
    ['رد الجيش على القصف بقصف مماثل', false],
    ['قصفت الطائرات بلدة موحسن ما أدى لمقتل أربعة مدنيين', false],
    // a long sentence of reporting that quotes a listed phrase is kept (phrases apply to ≤ 20 words)
    ['وقال الناشط في تصريح خاص إن القوات المهاجمة تابعت تقدمها نحو القرية، وإن السكان تابعونا على الهاتف لحظة بلحظة وهم يصفون القصف العنيف الذي طال منازلهم', false],
  ])('%s → %s', (p, expected) => expect(isBoilerplate(p, boilerplate)).toBe(expected));
});

describe('feeds', () => {
  it('RSS 2.0: one report per item, content:encoded preferred, HTML stripped, date as written', async () => {
    const items = await all([join(fx, 'feed.rss')]);
    const [a, b] = reports(items).map((i) => i.report);
    expect(a).toMatchObject({ id: 'sahel-101', url: 'https://sahel-news.example/n/101', published: '2017-01-17', source: 'شبكة أخبار الساحل', title: 'اشتباكات عنيفة في ريف اللاذقية' });
    expect(a!.text.split('\n')).toHaveLength(2);
    expect(a!.text).not.toContain('<p>');
    expect(b).toMatchObject({ id: 'https://sahel-news.example/n/102', published: '2017-01-16' });
    expect(b!.text).toContain('جسر الشغور في ريف');
    expect(items.filter((i) => 'problem' in i)).toEqual([{ problem: expect.objectContaining({ message: expect.stringContaining('has no text') }) }]);
  });

  it('Atom: alternate link, published before updated, summary when no content', async () => {
    const [a, b] = reports(await all([join(fx, 'feed.atom')])).map((i) => i.report);
    expect(a).toMatchObject({ id: 'urn:example:jazira:1', url: 'https://jazira.example/1', published: '2017-01-19', source: 'مرصد الجزيرة السورية' });
    expect(a!.text).toBe('قُتل مدني برصاص قناص في حي غويران بمدينة الحسكة مساء اليوم، وفق ما أفاد ناشطون.');
    expect(b).toMatchObject({ url: 'https://jazira.example/2', published: '2017-01-18' });
  });
});

describe('JSONL, text and folders', () => {
  it('JSONL: bad lines reported with file:line, good ones read', async () => {
    const items = await all([join(fx, 'reports.jsonl')]);
    expect(reports(items).map((r) => r.report.id)).toEqual(['j-1']);
    const problems = items.flatMap((i) => ('problem' in i ? [`${i.problem.line}: ${i.problem.message.split(':')[0]}`] : []));
    expect(problems).toEqual(['2: not JSON', '3: not a report']);
  });

  it('text: date and source from the sidecar', async () => {
    const [r] = reports(await all([join(fx, 'bulletin.txt')]));
    expect(r!.report).toMatchObject({ id: 'bulletin.txt', published: '2017-01-21', source: 'نشرة تجريبية' });
  });

  it('a folder is walked recursively in a stable order, by extension, sidecars skipped', () => {
    const files = expandInputs([fx]).map((f) => `${f.kind} ${f.path.slice(fx.length + 1)}`);
    expect(files).toEqual([
      'text bulletin.txt', 'feed feed.atom', 'feed feed.rss', 'jsonl reports.jsonl',
      'html site-a/albab.html', 'html site-a/kafranbel.html', 'html site-a/mohasan.html', 'html site-b/agency-mohasan.html',
    ]);
  });

  it('a missing input is an error naming it', () => {
    expect(() => expandInputs([join(fx, 'nope.jsonl')])).toThrow(/nope\.jsonl: no such file/);
  });
});

describe('dates', () => {
  it.each([
    ['2017-01-17T01:20:00+03:00', '2017-01-17'],
    ['Tue, 17 Jan 2017 01:20:00 +0300', '2017-01-17'],
    ['17 January 2017', '2017-01-17'],
    ['2017-02-30', null],
    ['yesterday', null],
    ['', null],
  ])('%s → %s', (s, d) => expect(toIsoDate(s)).toBe(d));
});
