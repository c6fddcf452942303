// Lookups on example sentences written for these tests (not taken from any report).
import { describe, expect, it } from 'vitest';
import { normalize } from '../text/normalize.js';
import { bestMatches, type PhraseIndex } from '../text/phrases.js';
import { tokenize } from '../text/tokens.js';
import { loadLexicon } from './index.js';

const lex = loadLexicon();

function find<T>(index: PhraseIndex<T>, sentence: string): T[] {
  const n = normalize(sentence);
  return bestMatches(index.findAll(n.text, tokenize(n.text))).flatMap((m) => [...m.values]);
}

describe('actors', () => {
  const cases: [string, string, string | null][] = [
    ['وتعرضت البلدة لقصف من قبل ولقوات النظام المتمركزة في التلال', 'state_military', 'SY'],
    ['قصفت الطائرات الحربية الروسية مواقع في الريف', 'state_military', 'RU'],
    ['اعلن الجيش الاسرائيلي انه استهدف موقعا', 'state_military', 'IL'],
    ['تقدمت القوات التركيه نحو القرية', 'state_military', 'TR'],
    ['شنت طائرات روسية غارات على البلدة', 'state_military', 'RU'],
    ['هاجم مسلحو داعش حاجزا', 'islamic_state', null],
    ['هاجم عناصر تنظيم الدولة الاسلامية نقطة', 'islamic_state', null],
    ['سيطرت مليشيا الحوثي على التلة', 'houthis', 'YE'],
    ['قصف طيران التحالف العربي مواقع للمتمردين', 'saudi_coalition', null],
    ['اشتبكت الوحدات الكردية مع القوات المهاجمة', 'ypg', 'SY'],
    ['وتمكنت فصائل المعارضة من صد الهجوم', 'opposition', 'SY'],
    ['قالت قوات الاحتلال إنها اعتقلت شابا', 'state_military', 'IL'],
    ['أطلق مسلحون مجهولون النار على سيارة', 'unidentified', null],
    ['قتل ثلاثة من المدنيين في القصف', 'civilians', null],
    ['وقالت وكالة الأنباء إن التنظيمات الإرهابية استهدفت الحي', 'opposition', 'SY'],
    ['اندلعت مواجهات بين قوات الدعم السريع والجيش', 'rsf', 'SD'],
  ];
  it.each(cases)('%s → %s %s', (sentence, key, country) => {
    expect(find(lex.actors, sentence)).toContainEqual(expect.objectContaining({ key, country }));
  });

  const generic: [string, string][] = [
    ['وردت القوات الحكومية بقصف مدفعي', 'army_generic'],
    ['وقالت مصادر إن طائرات مجهولة قصفت الموقع', 'aircraft_unknown'],
    ['وأعلن التنظيم مسؤوليته عن الهجوم', 'anaphor_org'],
    ['وسقط قتلى في صفوف الطرفين', 'both_sides'],
    ['وقصف الطيران الحربي أطراف البلدة', 'air_generic'],
  ];
  it.each(generic)('%s → generic %s', (sentence, key) => {
    expect(find(lex.actors, sentence)).toContainEqual({ key, country: null, generic: true });
  });
});

describe('triggers', () => {
  const cases: [string, string, string, string[]][] = [
    ['شنت الطائرات غارات جوية على البلدة', 'explosion_remote_violence', 'air_drone_strike', ['aircraft']],
    ['وسقطت قذائف هاون على حي سكني', 'explosion_remote_violence', 'shelling_artillery_missile_attack', ['mortar']],
    ['وقصفت القوات البلدة', 'explosion_remote_violence', 'remote', []],
    ['واندلعت اشتباكات عنيفة على أطراف المدينة', 'battle', 'armed_clash', []],
    ['وسيطرت القوات على القرية بعد معارك', 'battle', 'territory', []],
    ['انفجرت عبوة ناسفة بسيارة عسكرية', 'explosion_remote_violence', 'remote_explosive_landmine_ied', ['ied']],
    ['فجر انتحاري حزاما ناسفا في السوق', 'explosion_remote_violence', 'suicide_bomb', ['suicide_vest']],
    ['وأعدم المسلحون شابين', 'violence_against_civilians', 'attack', []],
    ['واعتقلت دورية شابين من البلدة', 'strategic_development', 'arrests', []],
    ['ودخل اتفاق وقف اطلاق النار حيز التنفيذ', 'strategic_development', 'agreement', []],
    ['وتظاهر المئات في الساحة', 'protest', 'peaceful_protest', []],
    ['واعترضت الدفاعات صاروخا', 'strategic_development', 'disrupted_weapons_use', []],
    ['ألقت مروحية براميل متفجرة على البلدة', 'explosion_remote_violence', 'air_drone_strike', ['helicopter', 'barrel_bomb']],
    ['وتحدث أطباء عن هجوم كيماوي', 'explosion_remote_violence', 'chemical_weapon', ['chemical']],
  ];
  it.each(cases)('%s → %s/%s', (sentence, type, subtype, weapons) => {
    expect(find(lex.triggers, sentence)).toContainEqual(expect.objectContaining({ type, subtype, weapons }));
  });
});

describe('weapons', () => {
  const cases: [string, string][] = [
    ['استخدمت الأسلحة الثقيلة في المعارك', 'heavy_weapons'],
    ['وقصفت براجمات الصواريخ', 'rocket'],
    ['استهدفت طائرة مسيرة سيارة', 'drone'],
    ['وتقدمت الدبابات والعربات المدرعة', 'tank'],
    ['وتقدمت الدبابات والعربات المدرعة', 'armoured_vehicle'],
    ['وقصف بقذائف الهاون', 'mortar'],
    ['برصاص قناص', 'sniper'],
    ['قصفت بمدافع محلية الصنع', 'homemade_cannon'],
  ];
  it.each(cases)('%s → %s', (sentence, weapon) => {
    expect(find(lex.weapons, sentence)).toContain(weapon);
  });
});

describe('casualty nouns, with generated duals', () => {
  const cases: [string, string, 1 | 2 | null][] = [
    ['قتل طفلان في القصف', 'child', 2],
    ['وأصيبت مواطنتان بجروح', 'woman', 2],
    ['ومقتل سيدتين', 'woman', 2],
    ['مقتل امرأتين', 'woman', 2],
    ['مقتل 16 طفلا', 'child', 1],
    ['مقتل 7 مدنيين', 'civilian', null],
    ['مقتل 4 مديين', 'civilian', null],
    ['وقتل جنديان', 'soldier', 2],
    ['مقتل عنصرين', 'member_generic', 2],
    ['وجرح عشرات الأشخاص', 'person', null],
    ['ارتفع عدد القتلى إلى 20 قتيلا', 'person', null],
    ['وانتشلت جثتان', 'body', 2],
  ];
  it.each(cases)('%s → %s ×%s', (sentence, category, count) => {
    expect(find(lex.casualtyNouns, sentence)).toContainEqual({ category, count });
  });
  it('keeps a listed plural as a plural', () => {
    expect(find(lex.casualtyNouns, 'مدنيين')).toEqual([{ category: 'civilian', count: null }]);
  });
});

describe('casualty verbs and cues', () => {
  const verbs: [string, string][] = [
    ['لقوا حتفهم في الغارة', 'killed'],
    ['واستشهد ثلاثة شبان', 'killed'],
    ['وأصيب خمسة آخرون', 'injured'],
    ['مقتل وجرح 4 أشخاص', 'killed_or_injured'],
    ['ولم ترد أنباء عن إصابات', 'denied_casualties'],
    ['وبقي اثنان في عداد المفقودين', 'missing'],
  ];
  it.each(verbs)('%s → %s', (sentence, what) => {
    expect(find(lex.casualtyVerbs, sentence)).toContain(what);
  });
  const cues: [string, string][] = [
    ['وهدد القائد باقتحام المدينة', 'non_event'],
    ['ووصلت تعزيزات عسكرية إلى المنطقة', 'non_event'],
    ['ويسود هدوء حذر', 'non_event'],
    ['وارتفعت حصيلة القتلى', 'cumulative'],
    ['بحسب مصادر محلية', 'attribution'],
    ['بدعم من الطيران', 'allied'],
    ['والميليشيات الموالية لها', 'allied'],
    ['نفذتها طائرات', 'agent'],
    ['ونفى المتحدث وقوع قتلى', 'negation'],
    ['وستشن القوات هجوما', 'future'],
  ];
  it.each(cues)('%s → %s', (sentence, cue) => {
    expect(find(lex.cues, sentence)).toContain(cue);
  });
});
