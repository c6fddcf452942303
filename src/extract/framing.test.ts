// Sentences that mention an act without reporting it, and mentions that refer back to one.
// The sentences are written for these tests (not taken from any outlet).
import { describe, expect, it } from 'vitest';
import { createExtractor } from './pipeline.js';

const ex = createExtractor();
const run = (text: string, published = '2018-07-10') => ex.extract({ id: 't', text, published }).events;
const kinds = (text: string): string[] => run(text).map((e) => `${e.subtype}@${e.location.name_ar}`);

describe('agreements need a verb of concluding them', () => {
  it.each([
    ['وقعت الحكومة وفصائل المعارضة يوم الجمعة اتفاق مصالحة في بلدة بصرى الشام.', true],
    ['وتوصلت روسيا والفصائل المعارضة الجمعة إلى اتفاق لوقف إطلاق النار في بلدة طفس.', true],
    ['وانضمت بلدة داعل إلى المصالحات مع الحكومة.', true],
    ['مدد الجيش وقف إطلاق النار في بلدة طفس حتى نهاية الشهر.', true],
    ['ويعيش السكان في بلدة طفس الخاضعة لاتفاق المصالحة منذ أشهر.', false],
    ['ويرفض المقاتلون في بلدة طفس التسوية.', false],
    ['وتأخر تنفيذ الاتفاق في بلدة طفس لأسباب لوجستية.', false],
  ])('%s', (text, expected) => {
    expect(run(text).some((e) => e.subtype === 'agreement')).toBe(expected);
  });
});

describe('background and intentions are not events', () => {
  it.each([
    'وقتل 20 جنديا منذ انطلاق الهجوم على بلدة حمورية.',
    'وباتت قوات النظام على وشك استعادة السيطرة على بلدة داعل.',
    'وتهدف قوات النظام لاستعادة بلدة طفس.',
    'ونزح آلاف المدنيين من مدينة عفرين خشية هجوم وشيك.',
    'وقالت المنظمة إن الوضع الإنساني في بلدة دوما يخرج عن السيطرة.',
    'وتمكنت قوات النظام من السيطرة على نحو 65 بالمئة من الغوطة الشرقية.',
    'وسيطرت قوات النظام على الجزء الأكبر من محافظة درعا.',
    'وتخضع هاتين المنطقتين لسيطرة فيلق الرحمن في الغوطة الشرقية.',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('keeps a toll recalled by a framing sentence', () => {
    expect(kinds('وتأتي هذه الغارات غداة مقتل 9 مدنيين في غارة جوية على بلدة سقبا.')).toContain('air_drone_strike@سقبا');
  });
});

describe('places', () => {
  it('puts a village the gazetteer knows only elsewhere in the region the report names, at precision 2', () => {
    const e = run('قتل 5 مدنيين في قصف جوي على قرية هداج في ريف الحسكة الجنوبي.')[0]!;
    expect(e.location).toMatchObject({ name_ar: 'هداج', admin1: 'Al-Hasakah', geo_precision: 2 });
  });

  it('does not read a function word or a common noun after a plural as a place', () => {
    const names = run('وافقت ثماني بلدات على الأقل في مناطق الصراع على المصالحة، وقصفت قوات النظام بلدة طفس.').map((e) => e.location.name_ar);
    expect(names).not.toContain('على');
    expect(names).not.toContain('الصراع');
    expect(names).toContain('طفس');
  });
});

describe('a definite "the attack" refers back to the act already told', () => {
  it('adds evidence and the claimed perpetrator instead of a second event', () => {
    const text = 'قتل سبعة أشخاص في انفجار عبوة ناسفة في مدينة اعزاز صباح اليوم. وأعلن تنظيم داعش مسؤوليته عن الهجوم.';
    const events = run(text);
    expect(events).toHaveLength(1);
    expect(events[0]!.subtype).toBe('remote_explosive_landmine_ied');
    expect(events[0]!.actor1).toBe('Islamic State (Syria)');
    expect(events[0]!.evidence).toHaveLength(2);
  });

  it('keeps an attack with a place of its own far away as a new event', () => {
    const text = 'قتل سبعة أشخاص في انفجار عبوة ناسفة في مدينة اعزاز صباح اليوم. وفي مدينة درعا قتل جنديان في الهجوم على حاجز للجيش.';
    expect(run(text).map((e) => e.location.name_ar)).toContain('درعا');
  });
});

describe('regions', () => {
  it('drops a countryside that frames a named region of its governorate', () => {
    expect(run('واندلعت اشتباكات عنيفة في منطقة حوض اليرموك في ريف درعا الغربي بين قوات النظام وجيش خالد بن الوليد.').map((e) => e.location.name_ar))
      .not.toContain('ريف درعا الغربي');
  });
});

describe('names that are not places here', () => {
  it.each([
    ['وأعربت واشنطن عن قلقها من تجدد المعارك.', 'واشنطن'],
    ['وتقول أنقرة إنها تستهدف المقاتلين الأكراد.', 'أنقرة'],
    ['وقال الطبيب أشرف القدرة إن ثلاثة قتلوا في قصف على جباليا.', 'أشرف'],
    ['وتقدمت قوات الجيش في جبال حام، رافقه قصف مدفعي وصاروخي مكثف.', 'رافقه'],
    ['وقال موقع سويداء 24 إن 36 مدنيا خطفوا الأربعاء من قرية الشبكي.', 'سويداء'],
  ])('%s', (text, name) => {
    expect(run(text).map((e) => e.location.name_ar)).not.toContain(name);
  });
});

describe('history', () => {
  it('does not write a region-level act told two months or more before the report', () => {
    expect(run('وسيطر مسلحو تنظيم الدولة على مناطق واسعة في شرق سوريا في 2014.', '2018-07-10')).toEqual([]);
  });

  it('keeps an old act in a named village', () => {
    expect(kinds('وكانت قوات النظام قصفت بلدة كفرنبل في آذار 2017 ما أدى لمقتل 5 مدنيين.')).toContain('shelling_artillery_missile_attack@كفرنبل');
  });
});

describe('modal and stipulating sentences', () => {
  it.each([
    'وقالت الأمم المتحدة إن استهداف المدنيين في بلدة دوما يجب أن يتوقف.',
    'ويبدأ الاتفاق الذي ينص على إجلاء المقاتلين من بلدة طفس يوم الأحد.',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('misspelled village names', () => {
  it('reads a name one letter off after a settlement noun in a governorate the report names', () => {
    const e = run('قتل 14 عنصرا في انفجار سيارة مفخخة في قرية زينون بمحافظة درعا.')[0]!;
    expect(e.location).toMatchObject({ name_ar: 'زينون', name: 'Zayzun', admin1: 'Daraa' });
  });

  it('reads a three-letter name only when a single neighbour is left', () => {
    const e = run('وقتل خمسة مدنيين السبت في بلدة غضم جنوب شرق درعا جراء القصف.')[0]!;
    expect(e.location).toMatchObject({ name_ar: 'غضم', admin1: 'Daraa', geo_precision: 1 });
  });

  it('does not guess when the report names no Syrian governorate', () => {
    expect(run('قتل 5 أشخاص في انفجار عبوة ناسفة في قرية سديرة.').map((e) => e.location.country)).not.toContain('SY');
  });
});

describe('since', () => {
  it('keeps the toll of an act told with a recent "منذ" as the act’s own', () => {
    const out = ex.extract({ id: 't', text: 'قتل 62 عنصرا من قوات النظام منذ الاثنين في هجوم لتنظيم داعش مكنه من السيطرة على حي القدم في جنوب دمشق.', published: '2018-03-21' });
    expect(out.events.some((e) => e.location.name_ar === 'حي القدم' && e.fatalities.total === 62)).toBe(true);
  });

  it('keeps a toll since the start of a campaign as a tally', () => {
    const out = ex.extract({ id: 't', text: 'وقتل 500 مدني في قصف على الغوطة الشرقية منذ بدء الحملة العسكرية في شباط.', published: '2018-03-21' });
    expect(out.tallies.map((t) => t.total)).toContain(500);
  });
});

describe('a countryside named without its governorate', () => {
  it('is the one of the governorate named before it', () => {
    const events = run('وتواصلت المعارك في محافظة درعا، وقتل 12 من قوات النظام ليل الجمعة جراء اشتباكات في الريف الشرقي.');
    expect(events.map((e) => e.location.name_ar)).toContain('ريف درعا الشرقي');
  });
});

describe('actors', () => {
  it('reads "نظام" without its article as a system, not the regime', () => {
    const events = run('وأصيب أربعة إسرائيليين بسقوط قذيفة على بلدة سديروت، فيما نشر الجيش بطاريات تابعة لنظام اعتراض القذائف.', '2018-07-14');
    expect(events.flatMap((e) => [e.actor1, e.actor2])).not.toContain('Military Forces of Syria (2000-2024)');
  });

  it('still reads "مواليا للنظام" and "نظام الأسد" as the regime', () => {
    expect(run('قصفت طائرات نظام الأسد بلدة كفرنبل.', '2018-07-14')[0]!.actor1).toBe('Military Forces of Syria (2000-2024)');
  });
});

describe('protests', () => {
  it('codes shooting by state forces at a march as excessive force against protesters', () => {
    const e = run('قتل ثلاثة متظاهرين برصاص الجيش الإسرائيلي خلال مسيرة العودة شرق مدينة جباليا.', '2018-04-21')
      .find((x) => x.subtype === 'excessive_force_against_protesters');
    expect(e).toMatchObject({ type: 'protest', actor1: 'Protesters (Palestine)', actor2: 'Military Forces of Israel' });
  });

  it('does not read "برصاص الاحتلال" as a capture', () => {
    expect(run('واستشهد شاب برصاص الاحتلال شرق مدينة جباليا.', '2018-04-21').map((e) => e.type)).not.toContain('battle');
  });
});

describe('sources are not parties', () => {
  it('does not make the force a source belongs to the actor of the act told', () => {
    const e = run('وقال ضابط برتبة عقيد في الشرطة إن مسلحين مجهولين قتلوا 15 شخصا في هجوم على طريق رئيسي قرب بلدة اعزاز.', '2018-03-12')[0]!;
    expect(e.actor1).not.toBe('Police Forces of Syria (2000-2024)');
  });
});

describe('the other side', () => {
  it('takes the most-named armed party of the other camp as the target of a strike that names none', () => {
    const text = 'اندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط مدينة دير الزور. وقصف تنظيم داعش حي الجورة بقذائف الهاون. وشن الطيران الحربي غارات على قرية البغيلية.';
    const e = run(text, '2017-01-17').find((x) => x.location.name_ar?.includes('البغيلية'))!;
    expect(e.actor2).toBe('Islamic State (Syria)');
  });

  it('never takes an ally as the target', () => {
    const text = 'قصفت الطائرات الروسية بلدة كفرنبل. وقالت قوات النظام إن الطائرات الروسية قصفت بلدة حاس.';
    expect(run(text, '2018-03-10').map((e) => e.actor2)).not.toContain('Military Forces of Syria (2000-2024)');
  });
});

describe('targets', () => {
  it('reads "مواقع للحوثيين" after the act as the target, not the subject', () => {
    const e = run('وشنت مقاتلات التحالف غارات على مدينة صعدة، كما استهدفت الغارات مواقع للحوثيين في مدينة حرض.', '2018-04-07')
      .find((x) => x.location.name_ar === 'حرض')!;
    expect(e.actor1).not.toBe('Ansar Allah (Houthis)');
    expect(e.actor2).toBe('Ansar Allah (Houthis)');
  });
});

describe('"the city"', () => {
  it('is the capital of the governorate named last', () => {
    const e = run('وفي محافظة تعز، قتلت امرأة وطفلاها بقذيفة أطلقها الحوثيون على حي الجحملية شرق المدينة.', '2019-03-12')[0]!;
    expect(e.location).toMatchObject({ name_ar: 'تعز', geo_precision: 1 });
  });
});

describe('evacuations', () => {
  it('are placed where people leave, not where they are taken', () => {
    const events = run('وبدأت صباح اليوم عملية إجلاء مئات المقاتلين من مدينة الرستن إلى الشمال السوري بموجب اتفاق مع الجانب الروسي.', '2018-05-07')
      .filter((e) => e.subtype === 'agreement');
    expect(events.map((e) => e.location.name_ar)).toEqual(['الرستن']);
  });
});

describe('places abroad', () => {
  it('need a settlement noun to be where the act was', () => {
    const text = 'قتل ثلاثة فلسطينيين برصاص الجيش الإسرائيلي شرق مدينة خان يونس، فور عودة وفد من حركة حماس من القاهرة.';
    expect(run(text, '2018-08-09').map((e) => e.location.name_ar)).not.toContain('القاهرة');
  });
});

describe('attempts', () => {
  it.each([
    'وتحاول قوات النظام استعادة المواقع في مدينة دير الزور.',
    'واندلعت المعارك في محاولة من التنظيم السيطرة على مواقع قوات النظام في مدينة دير الزور.',
  ])('an attempt to take a place is a fight, not a capture: %s', (text) => {
    expect(run(text, '2017-01-15').map((e) => e.subtype)).not.toContain('government_regains_territory');
    expect(run(text, '2017-01-15').map((e) => e.subtype)).not.toContain('non_state_actor_overtakes_territory');
  });
});

describe('strategic developments', () => {
  it('are not written when nobody is named to have made them', () => {
    expect(run('وبدأ اليوم سريان اتفاق وقف إطلاق النار في مدينة إدلب.', '2018-09-10').filter((e) => e.type === 'strategic_development')).toEqual([]);
  });
});

describe('one toll, counted once', () => {
  it('keeps a toll told twice of one strike on the more precise place only', () => {
    const text = 'قتل 26 مدنيا في قصف جوي على ريف درعا الغربي اليوم. وقالت مصادر محلية إن غارات جوية على بلدة طفس أدت إلى مقتل 26 مدنيا.';
    const tolls = run(text, '2018-07-20').map((e) => e.fatalities.total).filter((x) => x !== null);
    expect(tolls).toEqual([26]);
  });
});

describe('the holder of the places struck', () => {
  it('is the target, not the perpetrator ("وهي مواقع سيطرة X")', () => {
    const e = run('وطالت الغارات الحكومية بلدة حمورية، وهي مواقع سيطرة فيلق الرحمن.')[0]!;
    expect([e.actor1, e.actor2]).toEqual(['Military Forces of Syria (2000-2024)', 'Faylaq al Rahman']);
  });
  it('keeps the taker of a place as its actor ("بعد سيطرة X على")', () => {
    const e = run('وسيطرت قوات النظام على بلدة حمورية بعد انسحاب فيلق الرحمن.')[0]!;
    expect(e.actor1).toBe('Military Forces of Syria (2000-2024)');
  });
});

describe('the theatre and its actors', () => {
  it('reads the country from its adjective when the city is ambiguous ("العاصمة الليبية طرابلس")', () => {
    const e = run('قتل شخصان الأحد حينما سقط صاروخ على مخيم في العاصمة الليبية طرابلس.', '2018-09-03')[0]!;
    expect([e.location.country, e.actor2]).toEqual(['LY', 'Civilians (Libya)']);
  });
  it('does not read the seat of an organisation as a party ("ومقره بريطانيا")', () => {
    const evs = run('وقال المرصد السوري لحقوق الإنسان، ومقره بريطانيا، إن قوات النظام قصفت بلدة كفرنبل اليوم.');
    expect(evs.flatMap((e) => [e.actor1, e.actor2])).not.toContain('Military Forces of the United Kingdom');
  });
  it('reads "الجماعات المسلحة" outside Syria as no particular side', () => {
    const e = run('قتل 3 أشخاص في اشتباكات بين الجماعات المسلحة في العاصمة الليبية طرابلس اليوم.', '2018-09-03')[0]!;
    expect(e.actor1).not.toBe('Opposition Rebels (Syria)');
  });
});

describe('an act ranked against the past', () => {
  it.each([
    'والتفجير هو الأول من نوعه في بغداد منذ الانتخابات.',
    'وقال المرصد إن القصف الذي تعرضت له مدينة إدلب هو الأعنف منذ أشهر.',
    'وقال مدير المرصد إنه أكبر هجوم للتنظيم على مدينة البوكمال منذ أشهر.',
  ])('%s', (text) => {
    expect(run(text)).toEqual([]);
  });
  it('keeps an act told with its own toll before the comparison', () => {
    expect(run('قتل 5 مدنيين في قصف على مدينة إدلب اليوم، وهو الأول من نوعه.').length).toBe(1);
  });
});

describe('aims and allies', () => {
  it('reads a capture named with the purpose لـ as an aim ("حملة لاستعادة السيطرة على")', () => {
    expect(run('وأطلقت قوات النظام حملة عسكرية لاستعادة السيطرة على مخيم اليرموك.').filter((e) => e.subtype.endsWith('territory'))).toEqual([]);
  });
  it('reads the backer named after the force it lends as an ally ("المدعومة بمليشيات من حزب الله")', () => {
    const e = run('واندلعت اشتباكات بين قوات النظام المدعومة بمليشيات من حزب الله اللبناني ومسلحي تنظيم داعش في حي التضامن.')[0]!;
    expect([e.actor1, e.actor2]).toEqual(['Military Forces of Syria (2000-2024)', 'Islamic State (Syria)']);
  });
});

describe('a truce over several regions', () => {
  it('is one agreement, dated when it was made, not when it ends', () => {
    const evs = run('وقال القصر الرئاسي الخميس إن الحكومة مددت وقفا لإطلاق النار مع المتمردين في دارفور وجنوب كردفان والنيل الأزرق حتى نهاية العام.', '2018-07-12')
      .filter((e) => e.subtype === 'agreement');
    expect(evs.map((e) => e.date)).toEqual(['2018-07-12']);
  });
});

describe('a capture recalled to name places', () => {
  it('is not a capture of its own ("القرى التي سيطر عليها التنظيم")', () => {
    const evs = run('وأفاد مراسل بأن القرى التي سيطر عليها تنظيم الدولة في ريف حلب الشمالي كانت قد شهدت اشتباكات عنيفة.');
    expect(evs.filter((e) => e.subtype.endsWith('territory'))).toEqual([]);
  });
});

describe('two parties of one camp in a fight', () => {
  it('makes the second an ally and looks for the opponent elsewhere in the report', () => {
    const evs = run('وقصفت فصائل المعارضة مواقع قوات النظام في درعا. كما تدور اشتباكات مستمرة داخل مدينة درعا اليوم، تسببت بمقتل 17 عنصرا من قوات النظام والمسلحين الموالين لها. وقالت فصائل المعارضة إنها صدت الهجوم.');
    const e = evs.find((x) => x.subtype === 'armed_clash')!;
    expect([e.actor1, e.actor2]).toEqual(['Military Forces of Syria (2000-2024)', 'Opposition Rebels (Syria)']);
  });
});

describe('the attacker named after the attack', () => {
  it('is actor1 ("جراء هجمات للتنظيم ضد قوات النظام")', () => {
    const e = run('وقتل أمس 45 عنصرا من قوات النظام جراء هجمات لتنظيم داعش ضد مواقعهم في ريف البوكمال.')[0]!;
    expect([e.actor1, e.actor2]).toEqual(['Islamic State (Syria)', 'Military Forces of Syria (2000-2024)']);
  });
});

describe('air strikes nobody is named for', () => {
  it.each([
    ['قتل 3 مدنيين في غارات جوية استهدفت مدينة صعدة اليوم.', '2018-04-07', 'Saudi-led Coalition'],
    ['قتل 3 مدنيين في غارة جوية على بلدة كفرنبل اليوم.', '2018-04-07', 'Military Forces of Syria (2000-2024)'],
  ])('%s', (text, published, actor) => {
    expect(run(text, published)[0]!.actor1).toBe(actor);
  });
});

describe('leaflets dropped', () => {
  it('are no strike ("ألقت مروحيات النظام الخميس مناشير")', () => {
    expect(run('وألقت مروحيات حربية تابعة للنظام الخميس مناشير على بلدة سراقب تدعو السكان إلى المصالحة.')).toEqual([]);
  });
});

describe('the seat of an organisation', () => {
  it('is no place of an act ("ومقره في القامشلي")', () => {
    const evs = run('وقال أحد رؤساء الهلال الأحمر الكردي ومقره في القامشلي إن قصفا مدفعيا استهدف بلدة عامودا اليوم.');
    expect(evs.map((e) => e.location.name_ar)).toEqual(['عامودا']);
  });
});

describe('"الجيش" alone', () => {
  it('is the foreign army the report is about', () => {
    const evs = run('أعلن الجيش التركي مقتل ثمانية من جنوده في اشتباكات بمدينة عفرين. وقال الجيش التركي إن قواته تتقدم. وأضاف أن الجيش تمكن من قتل عشرات المسلحين في اشتباكات عنيفة دارت في تلة قرب قرية جنديرس اليوم.', '2018-03-02');
    expect(evs.map((e) => e.actor1)).not.toContain('Military Forces of Syria (2000-2024)');
  });
  it('is the country\'s own army otherwise', () => {
    expect(run('وقال الجيش إنه استعاد السيطرة على قرية جنديرس اليوم.', '2018-03-02')[0]!.actor1).toBe('Military Forces of Syria (2000-2024)');
  });
});

describe('deals signed, postponed, and campaign start dates', () => {
  it('reads "شهدت توقيع اتفاق مصالحة" as an agreement', () => {
    expect(run('وشهدت قرية طفس الأربعاء توقيع اتفاق مصالحة بين الحكومة ومسلحي المعارضة.').map((e) => e.subtype)).toEqual(['agreement']);
  });
  it('reads a postponed evacuation as no act', () => {
    expect(run('فتأجلت أول دفعة لإجلاء المقاتلين المعارضين من بلدة طفس إلى الشمال السوري.')).toEqual([]);
  });
  it('does not carry a campaign\'s start date to the next sentence', () => {
    const evs = run('وقال المرصد إن هذا أول هجوم منذ انطلاق العملية العسكرية في محافظة درعا 19 يونيو الماضي. وشهدت قرية طفس توقيع اتفاق مصالحة بين الحكومة والمعارضة.');
    expect(evs.find((e) => e.subtype === 'agreement')!.date).toBe('2018-07-10');
  });
});

describe('a capital one makes a deal with', () => {
  it('is its government, not a place ("اتفاق للمصالحة مع دمشق")', () => {
    const evs = run('وافقت ثماني بلدات في محافظة درعا على اتفاق للمصالحة مع دمشق. وفي هذه الأثناء، تواصل القصف الجوي على مناطق سيطرة فصائل المعارضة بالمحافظة.');
    expect(evs.map((e) => e.location.name_ar)).not.toContain('دمشق');
  });
});

describe('a speaker named like a place', () => {
  it('is no place ("وأفاد صلاح الدين الشعلان رئيس المجلس البلدي")', () => {
    const evs = run('وأفاد صلاح الدين الشعلان رئيس المجلس البلدي لقرية الصينية أن عبوة ناسفة انفجرت اليوم.');
    expect(evs.map((e) => e.location.name_ar)).not.toContain('صلاح الدين');
  });
});
