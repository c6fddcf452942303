// Sentences that tell two acts at once, or that place and date one act by another.
// The sentences are written for these tests (not taken from any outlet).
import { describe, expect, it } from 'vitest';
import { createExtractor } from './pipeline.js';

const ex = createExtractor();
const run = (text: string, published = '2018-03-21') => ex.extract({ id: 't', text, published }).events;
const brief = (text: string, published?: string): string[] =>
  run(text, published).map((e) => `${e.subtype}@${e.location.name_ar}@${e.date}:${e.fatalities.total ?? '-'}`);

describe('an act told after غداة happened the day before', () => {
  const text = 'قتل 12 مدنيا، الأربعاء، في غارة جوية على بلدة سراقب بريف إدلب. ويأتي القصف غداة مقتل 7 مدنيين في غارة استهدفت بلدة كفرنبل.';
  it('dates it the day before and gives it its own toll', () => {
    expect(brief(text)).toEqual(['air_drone_strike@سراقب@2018-03-21:12', 'air_drone_strike@كفرنبل@2018-03-20:7']);
  });
});

describe('"ويأتي القصف"، "وجاءت هذه الغارات" name an act already told', () => {
  it('adds no second event and no toll of the other act to it', () => {
    const evs = brief('قتل 5 مدنيين اليوم في غارة جوية على بلدة سرمين. وجاءت هذه الغارات بعد أخرى استهدفت بلدة بنش وأدت إلى مقتل 3 مدنيين.');
    expect(evs).toEqual(['air_drone_strike@سرمين@2018-03-21:5', 'air_drone_strike@بنش@2018-03-21:3']);
  });
});

describe('a second death toll joined by و belongs to the act after it', () => {
  it('splits "مقتل 4 في غارة … ومقتل 30 عنصرا … في هجوم"', () => {
    const evs = brief('وشهد اليوم مقتل 4 مدنيين في غارة على بلدة معرة مصرين، ومقتل 30 عنصرا من قوات النظام، في هجوم لتنظيم داعش على حي القدم في دمشق.');
    expect(evs.find((e) => e.startsWith('air_drone_strike'))).toBe('air_drone_strike@معرة مصرين@2018-03-21:4');
  });
});

describe('an act going on since a day of this week', () => {
  it('is dated from that day to publication', () => {
    const e = run('وتدور اشتباكات عنيفة منذ الاثنين بين قوات النظام وتنظيم داعش في حي القدم جنوب دمشق.')[0]!;
    expect([e.date, e.date_end, e.location.name_ar]).toEqual(['2018-03-19', '2018-03-21', 'حي القدم']);
  });
});

describe('a place that only says where another lies', () => {
  it.each([
    ['قتل 9 مدنيين اليوم في غارات على الغوطة الشرقية المحاصرة قرب دمشق.', 'الغوطة الشرقية'],
    ['قتل 3 مدنيين اليوم في قصف على بلدة غصم جنوب شرق درعا.', 'غصم'],
  ])('%s', (text, place) => {
    expect(run(text).map((e) => e.location.name_ar)).toEqual([place]);
  });

  it('drops the district and governorate that contain a named place abroad', () => {
    const evs = run('وتستمر المعارك بين الجيش الوطني والحوثيين في مديرية كتاف بصعدة.', '2018-04-07');
    expect(evs.map((e) => e.location.name_ar)).toEqual(['كتاف']);
  });
});

describe('an act named again on another day', () => {
  it('is not folded into the act of this day', () => {
    const evs = brief('قتل 6 مدنيين اليوم في قصف جوي على بلدة حمورية. وكانت قوات النظام قد بدأت حملتها في 18 فبراير الماضي، بقصف جوي كثيف أدى إلى سقوط مئات القتلى.');
    expect(evs[0]).toBe('air_drone_strike@حمورية@2018-03-21:6');
  });
});

describe('a region around a city', () => {
  it('is not folded into an event in the city itself', () => {
    const evs = brief('قتل 17 عنصرا من قوات النظام اليوم في اشتباكات داخل مدينة درعا. كما قتل 12 من قوات النظام اليوم جراء معارك في ريف درعا الشرقي.');
    expect(evs).toEqual(['armed_clash@درعا@2018-03-21:17', 'armed_clash@ريف درعا الشرقي@2018-03-21:12']);
  });
});

describe('figures told in the sentence after the act', () => {
  it('give a vague toll its exact figures', () => {
    const e = run('استهدف قصف مدفعي بلدة تفتناز اليوم، وأسفر عن عشرات القتلى والجرحى. ووثق المرصد مقتل 11 مدنيا، بينهم 3 أطفال، وإصابة 20 آخرين.')[0]!;
    expect([e.fatalities.total, e.fatalities.children, e.injuries.total]).toEqual([11, 3, 20]);
  });

  it('leave an exact toll as it is', () => {
    const e = run('قتل 4 مدنيين في قصف مدفعي على بلدة تفتناز اليوم. ووثق المرصد مقتل 11 مدنيا منذ بداية الشهر.')[0]!;
    expect(e.fatalities.total).toBe(4);
  });
});

describe('"كما" after a campaign toll', () => {
  it('goes on with the tally, not with an event', () => {
    const out = ex.extract({
      id: 't', published: '2018-03-21',
      text: 'وأسفر القصف التركي على منطقة عفرين منذ بدء العملية العسكرية في 20 يناير عن مقتل 200 مدني. كما تسبب القصف في إصابة مئات المدنيين.',
    });
    expect(out.tallies.map((t) => `${t.what}:${t.total ?? t.civilians}`)).toEqual(['killed:200', 'injured:100']);
    expect(out.events.some((e) => e.injuries.total === 100)).toBe(false);
  });
});

describe('"ووقع الهجوم" with a place', () => {
  it('places the act told only at its governorate', () => {
    const evs = run('قتل 9 أشخاص مساء الأحد في هجوم مسلح على طريق رئيسي في محافظة كركوك. ووقع الهجوم على الطريق الرئيسي قرب بلدة داقوق الواقعة إلى الجنوب من كركوك.', '2018-03-12');
    expect(evs.map((e) => `${e.location.name_ar}:${e.location.geo_precision}:${e.fatalities.total}`)).toEqual(['داقوق:2:9']);
  });
});

describe('a singular that describes a thing', () => {
  it('is not a victim ("سيارة مدنية")', () => {
    const e = run('هاجم مسلحون سيارة مدنية وقتلوا 3 أشخاص في بلدة داقوق مساء الأحد.', '2018-03-12')[0]!;
    expect([e.fatalities.total, e.fatalities.civilians ?? null, e.subtype]).toEqual([3, null, 'attack']);
  });
});

describe('singulars that describe an act', () => {
  it.each([
    ['قتل 9 أشخاص مساء الأحد في هجوم مسلح على بلدة داقوق.', 9],
    ['قتل 4 عناصر في كمين مسلح قرب بلدة داقوق مساء الأحد.', 4],
  ])('%s', (text, total) => {
    expect(run(text, '2018-03-12')[0]!.fatalities.total).toBe(total);
  });
});

describe('a clause that completes the verb before it', () => {
  it('shares its intention ("وتسعى القوات، بدعم التحالف، إلى السيطرة على")', () => {
    expect(run('وتسعى القوات المشتركة، بدعم التحالف، إلى السيطرة على دوار المطاحن في مدينة الحديدة.', '2018-06-18')).toEqual([]);
  });
  it('does not touch an act told after a new subject', () => {
    expect(run('وتسعى القوات المشتركة إلى التقدم، فيما قصفت طائرات التحالف مواقع للحوثيين في مدينة الحديدة.', '2018-06-18').length).toBe(1);
  });
});

describe('a line of tags at the end of an article', () => {
  it('is not a sentence', () => {
    const text = 'قصفت طائرات التحالف الدولي اليوم مواقع لتنظيم داعش في بلدة هجين.\nقصف غارة البوكمال دير الزور تنظيم داعش';
    expect(run(text, '2019-02-10').map((e) => e.location.name_ar)).toEqual(['هجين']);
  });
});

describe('a share of territory is a balance, not a capture', () => {
  it.each([
    'في حين تقلصت سيطرة المعارضة المسلحة إلى 15 بالمائة من محافظة درعا.',
    'وبعد استعادة معظم محافظة درعا، توجهت القوات إلى القنيطرة.',
    'وبعد استعادتها أكثر من 90 في المئة من محافظة درعا، توجهت القوات إلى القنيطرة.',
  ])('%s', (text) => {
    expect(run(text, '2018-07-20').filter((e) => e.type === 'battle')).toEqual([]);
  });
});

describe('an agreement in force since a year', () => {
  it('is dated to that year', () => {
    const e = run('ووقعت الحكومة والمعارضة اتفاقا لوقف إطلاق النار في بلدة طفس منذ 2016.', '2018-06-20').find((x) => x.subtype === 'agreement')!;
    expect([e.date, e.date_precision]).toEqual(['2016-01-01', 3]);
  });
});

describe('a region named for an act', () => {
  it('does not fold into the capture of a town in it, nor into an act of another day', () => {
    const evs = brief('وقتل قبل أيام 45 مسلحا مواليا للنظام جراء هجمات للتنظيم ضد قوات النظام في ريف البوكمال، وتمكن التنظيم من السيطرة على بلدة الجلاء.', '2018-06-08');
    expect(evs.some((e) => e.startsWith('armed_clash@ريف البوكمال@2018-06-01:45'))).toBe(true);
  });
});

describe('"المدينة" and "المحافظة" without a name', () => {
  it('are the city named last, written as the report wrote it', () => {
    const e = brief('سيطر تنظيم داعش على أجزاء من مدينة البوكمال. وتدور حاليا معارك في وسط المدينة أوقعت 25 قتيلا من قوات النظام.', '2018-06-08')[1]!;
    expect(e).toBe('armed_clash@البوكمال@2018-06-08:25');
  });
  it('are the governorate named last', () => {
    const evs = run('وقعت الحكومة اتفاقا مع وجهاء محافظة درعا. وقتل 3 مدنيين في قصف لقوات النظام على مناطق سيطرة الفصائل بالمحافظة.', '2018-06-30');
    const e = evs.find((x) => x.type === 'explosion_remote_violence')!;
    expect([e.location.name_ar, e.location.geo_precision]).toEqual(['درعا', 3]);
  });
});

describe('an item of a list known only far away', () => {
  it('stands in the governorate of its neighbours at precision 2', () => {
    const e = run('وتعرضت بلدات نوى وطفس والشيخ سعد وتل السمن لغارات جوية اليوم.', '2018-06-30').find((x) => x.location.name_ar === 'تل السمن')!;
    expect([e.location.admin1, e.location.geo_precision, e.location.gazetteer_id]).toEqual(['Daraa', 2, 'SY12']);
  });
});

describe('an act told only at a region', () => {
  it('is kept when it names whom it hit', () => {
    expect(run('وتواصل القصف الجوي اليوم على مواقع فصائل المعارضة في ريف درعا الشرقي.', '2018-06-30').map((e) => e.location.name_ar)).toEqual(['ريف درعا الشرقي']);
  });
  it('is left out when it names nobody and no toll', () => {
    expect(run('وتواصل القصف اليوم في ريف درعا الشرقي.', '2018-06-30')).toEqual([]);
  });
});

describe('where an act is told in the clauses after it', () => {
  it('goes on through a list, across an item the gazetteer lacks', () => {
    const names = run('وطالت الغارات الحكومية اليوم مناطق حمورية، والشيفونية، ومسرابا، وسقبا.', '2018-02-20').map((e) => e.location.name_ar);
    expect(names).toEqual(['حمورية', 'مسرابا', 'سقبا']);
  });
  it('does not reach places named later for something else', () => {
    const names = run('وقصفت مقاتلات روسية مواقع التنظيم في بادية الرصافة، بأكثر من 38 غارة جوية، تزامن ذلك مع وصول تعزيزات إلى محيط بادية دير الزور، في ظل نشاط التنظيم في ريف حماة وحمص.', '2021-12-08').map((e) => e.location.name_ar);
    expect(names).not.toContain('حمص');
  });
});

describe('a neighbourhood the gazetteer lacks, named with its city', () => {
  it('stands at the city, precision 1, under its own name (codebook §4)', () => {
    const e = run('قتل خمسة أشخاص في قصف اليوم على حي الكرابلة في حمص.', '2018-02-24')[0]!;
    expect([e.location.name_ar, e.location.geo_precision, e.location.admin1, e.location.gazetteer_id]).toEqual(['الكرابلة', 1, 'Homs', null]);
  });
  it('reads two martyrdom operations as suicide bombings', () => {
    expect(run('وقال التنظيم إن عمليتين استشهاديتين ضربتا مقرا أمنيا بحي التواهي في عدن اليوم.', '2018-02-24').map((e) => e.subtype)).toEqual(['suicide_bomb']);
  });
});

describe('a direction that heads a name after a place', () => {
  it.each([
    ['قتل 4 مدنيين اليوم في قصف على مدينة عفرين (شمال غربي سوريا).', 'عفرين'],
    ['قتل 4 مدنيين اليوم في قصف على بلدة كفرنبل، جنوب إدلب.', 'كفرنبل'],
  ])('only locates it: %s', (text, place) => {
    expect(run(text).map((e) => e.location.name_ar)).toEqual([place]);
  });
});

describe('sources and quoted names', () => {
  it('reads a quoted perpetrator and not the police unit a source belongs to', () => {
    const e = run('ونقل التلفزيون عن مصدر في قيادة شرطة ريف دمشق أن قذيفة صاروخية أطلقتها "التنظيمات الإرهابية" على سوق شعبية في حي كشكول على أطراف ضاحية جرمانا اليوم.')[0]!;
    expect([e.actor1, e.location.name_ar, e.location.admin1]).toEqual(['Opposition Rebels (Syria)', 'كشكول', 'Rif Dimashq']);
  });
});

describe('"أيضا" inside a clause', () => {
  it('does not cut the act from its places', () => {
    const evs = run('وطالت الغارات الجوية أيضا مواقع الحوثيين في مديرية الدريهمي اليوم.', '2018-06-18');
    expect(evs.map((e) => `${e.subtype}@${e.location.name_ar}`)).toEqual(['air_drone_strike@الدريهمي']);
  });
});
