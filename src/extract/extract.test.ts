// Whole-sentence behaviour of the extractor, one row per hard case of Arabic news language.
// The sentences are written for these tests (not taken from any outlet).
import { describe, expect, it } from 'vitest';
import type { Event } from '../codebook/schema.js';
import { createExtractor } from './pipeline.js';

const ex = createExtractor();
const run = (text: string, published = '2018-03-10') => ex.extract({ id: 't', text, published });
const only = (text: string, published?: string): Event => {
  const events = run(text, published).events;
  expect(events.length, JSON.stringify(events.map((e) => [e.subtype, e.location.name_ar]))).toBeGreaterThan(0);
  return events[0]!;
};

describe('casualties', () => {
  it.each([
    // [sentence, fatalities, injuries, casualties_total]
    ['قصفت قوات النظام بالمدفعية بلدة كفرنبل ما أدى لمقتل ٥ مدنيين.', { total: 5, civilians: 5 }, { total: null }, null],
    ['قصفت قوات النظام بلدة كفرنبل ما أدى لمقتل 6 مديين بينهم امرأة وطفلين', { total: 6, civilians: 6, women: 1, children: 2 }, { total: null }, null],
    ['اندلعت اشتباكات عنيفة بين تنظيم داعش وفصائل المعارضة في محيط بلدة اخترين أدت إلى مقتل وجرح 4 أشخاص.', { total: null }, { total: null }, 4],
    ['استهدف الطيران الحربي بلدة احرص بغارات جوية أسفرت عن سقوط عدد غير محدد من القتلى.', { total: null, unknown: true }, { total: null }, null],
    ['سقطت قذائف هاون على حي القصور في مدينة دير الزور، ولم ترد أنباء عن وقوع إصابات.', { total: 0 }, { total: 0 }, null],
    ['انفجرت سيارة مفخخة في مدينة اعزاز ما أدى إلى مقتل سبعة أشخاص وإصابة العشرات.', { total: 7 }, { total: 12, approx: true }, null],
    ['قتل 12 مدنيا على الأقل بينهم 4 أطفال في قصف جوي استهدف بلدة سقبا.', { total: 12, civilians: 12, children: 4, approx: true }, { total: null }, null],
    ['ثمانية مدنيين قتلوا في قصف مدفعي على مدينة خان شيخون.', { total: 8, civilians: 8 }, { total: null }, null],
    ['أسفرت ضربات جوية على بلدة أورم الكبرى عن مقتل 18 مدنيا بينهم ثلاثة أطفال وإصابة 20 آخرين.', { total: 18, civilians: 18, children: 3 }, { total: 20, civilians: 20 }, null],
    ['قتل طفلان بانفجار لغم أرضي في بلدة اعزاز.', { total: 2, civilians: 2, children: 2 }, { total: null }, null],
    ['قتل 12 مدنيا على الأقل من عائلة واحدة بينهم 4 أطفال في قصف جوي على بلدة سقبا.', { total: 12, civilians: 12, children: 4, approx: true }, { total: null }, null],
    ['وقال المرصد السوري لحقوق الإنسان إن 5 مدنيين قتلوا في قصف مدفعي على بلدة كفرنبل.', { total: 5, civilians: 5 }, { total: null }, null],
    ['وقال سكان إن أربعة أشخاص من عائلة واحدة قتلوا في قصف مدفعي على بلدة كفرنبل.', { total: 4 }, { total: null }, null],
    ['وقال ضابط برتبة عقيد في الشرطة إن 15 شخصا قتلوا في قصف مدفعي على بلدة كفرنبل.', { total: 15 }, { total: null }, null],
    ['قتل ثلاثة عراقيين وأصيب 25 فلسطينيا في قصف مدفعي على بلدة كفرنبل اليوم.', { total: 3 }, { total: 25 }, null],
    ['أوقع القصف على بلدة كفرنبل اليوم 25 جريحا فلسطينيا.', { total: null }, { total: 25 }, null],
    ['هاجم مسلحون سيارة مدنية في بلدة كفرنبل وقتلوا فلسطينيين اثنين.', { total: 2 }, { total: null }, null],
  ])('%s', (text, fatalities, injuries, either) => {
    const e = only(text);
    expect(e.fatalities).toEqual(fatalities);
    expect(e.injuries).toEqual(injuries);
    expect(e.casualties_total).toBe(either);
  });

  it('keeps a cumulative toll apart as a tally, never in an event', () => {
    const out = run('ارتفعت حصيلة القتلى في الغوطة الشرقية منذ بدء الحملة العسكرية قبل أسبوعين إلى 500 مدني بينهم 120 طفلا.');
    expect(out.events.every((e) => e.fatalities.total !== 500)).toBe(true);
    expect(out.tallies[0]).toMatchObject({ what: 'killed', total: 500, civilians: 500, children: 120 });
    expect(out.tallies[0]!.period!.to).toBe('2018-03-10');
  });

  it.each([
    ['أعلن الجيش التركي مقتل ثمانية من جنوده في اشتباكات بمدينة عفرين.', { 'Military Forces of Turkey': 8 }],
    ['وقتل في الاشتباكات 30 من أفراد القوات الحكومية في مدينة البوكمال.', { 'Military Forces of Syria (2000-2024)': 30 }],
    ['قتل 18 عنصرا من تنظيم داعش في اشتباكات بمدينة البوكمال.', { 'Islamic State (Syria)': 18 }],
  ])('counts fighters by side: %s', (text, byActor) => {
    expect(only(text).fatalities.by_actor).toEqual(byActor);
  });

  it('does not count the year of a date as victims', () => {
    const out = run('وتشهد سوريا نزاعا داميا تسبب منذ اندلاعه في منتصف آذار 2011 بمقتل أكثر من 350 ألف شخص.');
    expect(out.tallies.map((t) => t.total)).toEqual([350000]);
  });
});

describe('event type, actors, place and date', () => {
  it.each([
    // [sentence, published, type/subtype, actor1, actor2, place, date]
    ['اندلعت اشتباكات عنيفة ليل أمس بين تنظيم داعش وفصائل المعارضة في محيط بلدة اخترين.', '2018-03-10',
      'battle/armed_clash', 'Islamic State (Syria)', 'Opposition Rebels (Syria)', 'اخترين', '2018-03-09'],
    ['سيطرت قوات النظام صباح اليوم على قرية خناصر بعد معارك مع تنظيم الدولة.', '2018-03-10',
      'battle/government_regains_territory', 'Military Forces of Syria (2000-2024)', 'Islamic State (Syria)', 'خناصر', '2018-03-10'],
    ['شنّ الطيران الحربي الروسي غارات جوية على بلدة موحسن يوم الخميس.', '2017-01-17',
      'explosion_remote_violence/air_drone_strike', 'Military Forces of Russia (2000-)', null, 'موحسن', '2017-01-12'],
    ['انفجرت سيارة مفخخة قبل يومين في مدينة اعزاز.', '2018-03-10',
      'explosion_remote_violence/remote_explosive_landmine_ied', 'Unidentified Armed Group (Syria)', null, 'اعزاز', '2018-03-08'],
    ['اعتقلت قوات الأمن خمسة شبان خلال مداهمة في حي الميدان بدمشق أمس.', '2018-03-10',
      'strategic_development/arrests', 'Police Forces of Syria (2000-2024)', null, 'حي الميدان', '2018-03-09'],
    ['استهدفت طائرات التحالف بقيادة السعودية بعدة غارات مواقع لجماعة الحوثي في مدينة صعدة أمس.', '2019-06-02',
      'explosion_remote_violence/air_drone_strike', 'Saudi-led Coalition', 'Ansar Allah (Houthis)', 'صعدة', '2019-06-01'],
  ])('%s', (text, published, kind, actor1, actor2, place, date) => {
    const e = only(text, published);
    expect(`${e.type}/${e.subtype}`).toBe(kind);
    expect(e.actor1).toBe(actor1);
    expect(e.actor2).toBe(actor2);
    expect(e.location.name_ar).toBe(place);
    expect(e.date).toBe(date);
  });

  it('writes one event per named village of a strike list', () => {
    const out = run('وتعرضت بلدات نوى وطفس وداعل في ريف درعا لغارات جوية مكثفة صباح اليوم.');
    expect(out.events.map((e) => e.location.name_ar).sort()).toEqual(['داعل', 'طفس', 'نوى']);
    expect(out.events.every((e) => e.subtype === 'air_drone_strike')).toBe(true);
  });

  it('reads a list of places split by commas before the act, with a neighbourhood of another city', () => {
    const out = run('وتعرضت مناطق باب توما، والعمارة، وضاحية حرستا، لقذائف صاروخية مساء أمس.');
    expect(out.events.map((e) => e.location.name_ar).sort()).toEqual(['باب توما', 'حرستا']);
  });

  it('reads the place from a clause opened by a locative after the act', () => {
    const e = only('لقي عدد من عناصر الميليشيات مصرعهم فجر اليوم بغارة لطائرات التحالف استهدفت اجتماعا لهم، وسط مدينة ضحيان مسقط رأس زعيم الجماعة.', '2018-05-03');
    expect(e.location.name_ar).toContain('ضحيان');
  });

  it('does not write threats, warnings or plans as events', () => {
    expect(run('هدد تنظيم داعش بشن هجمات على مدينة الرقة.').events).toEqual([]);
    expect(run('حذرت الأمم المتحدة من قصف محتمل على مدينة إدلب.').events).toEqual([]);
  });

  it('maps evidence back to the original characters (tashkeel and tatweel kept)', () => {
    const text = 'قَصَفَت قواتُ النظام بالمدفعـية بلدة كفرنبل صباح اليوم.';
    const e = only(text);
    const [s, t] = e.evidence[0]!;
    expect(text.slice(s, t)).toContain('كفرنبل');
    expect(text.slice(s, t).startsWith('قَصَفَت')).toBe(true);
  });
});

describe('tolls raised and compared', () => {
  it('splits the act of the day from the campaign toll it raises', () => {
    const out = run('وقتل خمسة مدنيين السبت في قصف على بلدة طفس ليرتفع عدد القتلى المدنيين منذ بدء التصعيد إلى 105 مدنيين.');
    expect(out.events.map((e) => e.fatalities.total)).toEqual([5]);
    expect(out.tallies.map((t) => t.civilians)).toEqual([105]);
  });
  it('keeps the dead of each side in one tally, without a total', () => {
    const out = run('وقال المرصد إن عدد جنود النظام الذين قتلوا منذ بدء المعركة ارتفع إلى 142 قتيلا، في حين ارتفع عدد قتلى داعش إلى 111 قتيلا.');
    expect(out.tallies).toHaveLength(1);
    expect([out.tallies[0]!.total, out.tallies[0]!.by_actor]).toEqual([null, { 'Military Forces of Syria (2000-2024)': 142, 'Islamic State (Syria)': 111 }]);
  });
});

describe('counts of strikes', () => {
  it.each([
    ['وأحصى المرصد السوري لحقوق الإنسان 60 غارة على الأقل في ثلاث ساعات على ريف إدلب.', 60],
    ['وأوضحت المصادر أن الغارات الجوية التي بلغت أكثر من 55 غارة خلال الساعات الـ24 الماضية أسفرت عن عشرات القتلى.', 55],
  ])('%s', (text, total) => {
    expect(run(text).tallies.filter((t) => t.what === 'strikes').map((t) => t.total)).toEqual([total]);
  });
  it('leaves the strikes of one raid to its event', () => {
    expect(run('وشن الطيران الحربي أكثر من 30 غارة جوية استهدفت بلدة كفرنبل اليوم.').tallies).toEqual([]);
  });
});
