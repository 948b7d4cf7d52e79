// Translations of the survey texts the demo staff see: requirement names and descriptions,
// area names, the levels of the scale and the five standard effect questions. Three
// languages: lättläst svenska (short sentences, common words, one idea per sentence, no
// passive, no abbreviations), plain English and Modern Standard Arabic.
// Every requirement and area in requirements.ts must have a translation here: the table
// throws otherwise, so a new requirement cannot slip into the demo untranslated.
import type { RawTable } from '@/lib/import/types';
import type { TranslationField, TranslationKind } from '@/lib/domain/languages';
import { SCALE } from '@/lib/domain/scale';
import { AREAS, REQUIREMENTS } from './requirements';
import { toRawTable } from './table';

export const DEMO_TRANSLATION_LANGUAGES = ['sv-lattlast', 'en', 'ar'] as const;
export type DemoTranslationLanguage = (typeof DEMO_TRANSLATION_LANGUAGES)[number];

type Texts = Readonly<Record<DemoTranslationLanguage, string>>;

interface NamedTexts {
  name: Texts;
  description: Texts;
}

/** The standard effect questions of db/migrations/0001_standard_effect_questions.sql. */
export const STANDARD_EFFECT_QUESTIONS: ReadonlyArray<{ code: string; text: string }> = [
  { code: 'strengthened', text: 'Jag känner mig stärkt i min yrkesroll' },
  { code: 'knows_requirements', text: 'Jag vet vilka krav som gäller för min yrkesroll' },
  { code: 'introduction', text: 'Jag fick en introduktion som gjorde mig trygg i arbetet' },
  { code: 'digital_access', text: 'Jag har tillgång till digitala utbildningar när jag behöver dem' },
  { code: 'learning_at_work', text: 'Jag lär mig av mina kollegor och min handledare i det dagliga arbetet' },
];

/** Requirement code → name and description. */
const REQUIREMENT_TEXTS: Readonly<Record<string, NamedTexts>> = {
  BEM: {
    name: {
      'sv-lattlast': 'Att möta människor',
      en: 'Treating people with respect',
      ar: 'حسن التعامل مع الناس',
    },
    description: {
      'sv-lattlast': 'Du visar respekt för alla. Du lyssnar och tar personen på allvar. Du pratar så att det passar personen.',
      en: 'You treat every person with respect. You listen and take the person seriously. You adapt the way you speak to the person.',
      ar: 'تتعامل مع كل شخص باحترام. تستمع إليه وتأخذ كلامه بجدية. تكيّف طريقة كلامك بحسب الشخص.',
    },
  },
  KOM: {
    name: {
      'sv-lattlast': 'Att prata och förstå varandra',
      en: 'Communication',
      ar: 'التواصل',
    },
    description: {
      'sv-lattlast': 'Du kan prata med personer som har svårt att tala eller förstå. Du använder enkla ord, bilder eller tecken. Du ser att personen förstår.',
      en: 'You can talk with people who find it hard to speak or understand. You use simple words, pictures or signs when needed. You check that the person has understood.',
      ar: 'تستطيع التحدث مع أشخاص يجدون صعوبة في الكلام أو الفهم. تستخدم كلمات بسيطة أو صورًا أو إشارات عند الحاجة. تتأكد من أن الشخص قد فهم.',
    },
  },
  LAB: {
    name: {
      'sv-lattlast': 'Vara lugn när någon blir upprörd',
      en: 'Low-arousal approach',
      ar: 'أسلوب التعامل الهادئ لخفض التوتر',
    },
    description: {
      'sv-lattlast': 'Du är lugn när en person blir arg, rädd eller orolig. Du ställer färre krav. Du ger personen tid. Du vet hur du gör så att det inte blir värre.',
      en: 'You stay calm when a person becomes angry, afraid or worried. You make fewer demands and give the person time. You know what you can do so that the situation does not get worse.',
      ar: 'تبقى هادئًا عندما يغضب الشخص أو يخاف أو يقلق. تقلل من المطالب وتمنح الشخص وقتًا. تعرف ما يمكنك فعله حتى لا يزداد الموقف سوءًا.',
    },
  },
  DEM: {
    name: {
      'sv-lattlast': 'Demens och problem med minne och tänkande',
      en: 'Dementia and cognitive impairment',
      ar: 'الخرف وضعف القدرات الذهنية',
    },
    description: {
      'sv-lattlast': 'Du vet vad demens är. Du vet hur sjukdomen påverkar människor. En orolig eller arg person kan ha ont eller behöva något. Du gör personen lugn och trygg.',
      en: 'You know what dementia is and how the disease affects a person. Worry or anger can mean that the person is in pain or needs something. You create calm and a feeling of safety.',
      ar: 'تعرف ما هو الخرف وكيف يؤثر هذا المرض في الإنسان. قد يعني القلق أو الغضب أن الشخص يتألم أو يحتاج إلى شيء ما. تخلق جوًا من الهدوء والأمان.',
    },
  },
  HYG: {
    name: {
      'sv-lattlast': 'Grundregler för hygien',
      en: 'Basic hygiene routines',
      ar: 'قواعد النظافة الأساسية',
    },
    description: {
      'sv-lattlast': 'Du följer reglerna för rena händer och arbetskläder varje dag. Du vet när du ska ha handskar och förkläde. Du skyddar andra mot smitta.',
      en: 'You follow the rules for hand hygiene and work clothes every day. You know when to use gloves and an apron. You stop infections from spreading.',
      ar: 'تتبع قواعد نظافة اليدين وملابس العمل كل يوم. تعرف متى تستخدم القفازات والمريلة. تمنع انتشار العدوى.',
    },
  },
  LAK: {
    name: {
      'sv-lattlast': 'Ge läkemedel med delegering',
      en: 'Medication under delegation',
      ar: 'إعطاء الأدوية بموجب تفويض',
    },
    description: {
      'sv-lattlast': 'Du ger bara läkemedel när du har en delegering som gäller. Du kontrollerar att person, läkemedel, dos och tid är rätt. Du skriver under direkt. Du säger till sjuksköterskan om något blir fel.',
      en: 'You give medication only when you have a valid delegation. You check the right person, the right medication, the right dose and the right time. You sign straight away. You tell the nurse if something goes wrong.',
      ar: 'لا تعطي الأدوية إلا عندما يكون لديك تفويض ساري المفعول. تتحقق من الشخص الصحيح والدواء الصحيح والجرعة الصحيحة والوقت الصحيح. توقّع فورًا. تُبلغ الممرضة إذا حدث خطأ.',
    },
  },
  FALL: {
    name: {
      'sv-lattlast': 'Hindra att någon ramlar',
      en: 'Fall prevention',
      ar: 'الوقاية من السقوط',
    },
    description: {
      'sv-lattlast': 'Du ser risker för fall. Du tar bort saker som är i vägen. Du hjälper personen att röra sig säkert. Du vet vad du ska göra om någon har ramlat.',
      en: 'You notice risks of falls. You remove obstacles and help the person move safely. You know what to do if someone has fallen.',
      ar: 'تلاحظ مخاطر السقوط. تزيل العوائق وتساعد الشخص على الحركة بأمان. تعرف ما يجب أن تفعله إذا سقط أحد.',
    },
  },
  NUT: {
    name: {
      'sv-lattlast': 'Mat och måltider',
      en: 'Nutrition and meals',
      ar: 'التغذية والوجبات',
    },
    description: {
      'sv-lattlast': 'Du vet att mat och dryck är viktigt för hälsan. Du märker om någon äter eller dricker för lite. Du gör måltiden trevlig.',
      en: 'You know why food and drink matter for health. You notice if a person eats or drinks too little. You make the meal a pleasant time.',
      ar: 'تعرف لماذا الطعام والشراب مهمان للصحة. تلاحظ إذا كان الشخص يأكل أو يشرب أقل من حاجته. تجعل وقت الوجبة وقتًا ممتعًا.',
    },
  },
  LIV: {
    name: {
      'sv-lattlast': 'Hygien i köket och specialkost',
      en: 'Food hygiene and special diets',
      ar: 'سلامة الغذاء والأنظمة الغذائية الخاصة',
    },
    description: {
      'sv-lattlast': 'Du hanterar mat så att ingen blir sjuk. Du kontrollerar temperatur och datum. Du kan laga mat till personer med allergi eller specialkost.',
      en: 'You handle food so that nobody becomes ill. You check temperatures and dates. You know how to prepare food for people with allergies or special diets.',
      ar: 'تتعامل مع الطعام بحيث لا يمرض أحد. تتحقق من درجة الحرارة والتاريخ. تعرف كيف تُعدّ الطعام لأشخاص لديهم حساسية أو يتبعون نظامًا غذائيًا خاصًا.',
    },
  },
  DOK: {
    name: {
      'sv-lattlast': 'Skriva dokumentation',
      en: 'Social care documentation',
      ar: 'التوثيق الاجتماعي',
    },
    description: {
      'sv-lattlast': 'Du skriver ner det viktiga för personen. Du skriver kort och tydligt. Du skriver bara fakta. Du skriver i rätt system och i tid.',
      en: 'You write down what is important for the person. You write briefly, factually and clearly. You write in the right system and on time.',
      ar: 'تكتب ما هو مهم بالنسبة إلى الشخص. تكتب باختصار وموضوعية ووضوح. تكتب في النظام الصحيح وفي الوقت المناسب.',
    },
  },
  GEN: {
    name: {
      'sv-lattlast': 'Genomförandeplan – planen för stödet',
      en: 'Implementation plan',
      ar: 'خطة التنفيذ',
    },
    description: {
      'sv-lattlast': 'Du vet vad en genomförandeplan är. Du gör planen med personen. Du arbetar efter planen. Du säger till om planen inte passar.',
      en: 'You know what an implementation plan is. You make the plan together with the person. You work according to the plan and speak up when it needs to change.',
      ar: 'تعرف ما هي خطة التنفيذ. تضع الخطة بالتعاون مع الشخص. تعمل وفق الخطة وتُنبّه عندما تحتاج إلى تغيير.',
    },
  },
  SEK: {
    name: {
      'sv-lattlast': 'Sekretess och tystnadsplikt',
      en: 'Confidentiality and duty of secrecy',
      ar: 'السرية وواجب كتمان السر',
    },
    description: {
      'sv-lattlast': 'Du vet vad tystnadsplikt är. Du berättar inte om personerna du arbetar med. Du skyddar papper, datorer och telefoner mot fel personer.',
      en: 'You know what the duty of secrecy means. You do not tell others about the people you work with. You protect papers, computers and phones from people who are not allowed to see them.',
      ar: 'تعرف ما يعنيه واجب كتمان السر. لا تخبر الآخرين عن الأشخاص الذين تعمل معهم. تحمي الأوراق والحواسيب والهواتف من الأشخاص غير المصرّح لهم.',
    },
  },
  HAN: {
    name: {
      'sv-lattlast': 'Hjälpa nya kollegor',
      en: 'Supervising new colleagues',
      ar: 'إرشاد الزملاء الجدد',
    },
    description: {
      'sv-lattlast': 'Du tar emot nya kollegor. Du visar hur arbetet går till. Du förklarar varför vi gör så. Du stöttar och svarar på frågor.',
      en: 'You welcome new colleagues and show them how the work is done. You explain why we do things the way we do. You give support and answer questions.',
      ar: 'تستقبل الزملاء الجدد وتريهم كيف يسير العمل. تشرح لماذا نعمل بهذه الطريقة. تقدّم الدعم وتجيب عن الأسئلة.',
    },
  },
  ARB: {
    name: {
      'sv-lattlast': 'Säkert arbete',
      en: 'Work environment and safety',
      ar: 'بيئة العمل والسلامة',
    },
    description: {
      'sv-lattlast': 'Du arbetar säkert. Du använder hjälpmedel på rätt sätt. Du säger till när du ser en risk. Du vet hur du rapporterar skador och nästan-olyckor.',
      en: 'You work safely and use aids and equipment the right way. You speak up when you see a risk. You know how to report an injury or a near miss.',
      ar: 'تعمل بأمان وتستخدم الأدوات المساعدة بالطريقة الصحيحة. تُنبّه عندما ترى خطرًا. تعرف كيف تبلّغ عن إصابة أو عن حادث كاد أن يقع.',
    },
  },
  UTR: {
    name: {
      'sv-lattlast': 'Utreda och bedöma',
      en: 'Investigation and assessment',
      ar: 'الدراسة والتقييم',
    },
    description: {
      'sv-lattlast': 'Du utreder ansökningar och anmälningar enligt lagen. Du tar reda på fakta och lyssnar på alla. Du skriver en bedömning som är lätt att förstå.',
      en: 'You investigate applications and reports as the law requires. You gather facts and listen to everyone involved. You write an assessment that is easy to understand.',
      ar: 'تدرس الطلبات والبلاغات وفقًا للقانون. تجمع الحقائق وتستمع إلى جميع الأطراف. تكتب تقييمًا سهل الفهم.',
    },
  },
  BAR: {
    name: {
      'sv-lattlast': 'Prata med barn',
      en: 'Talking with children',
      ar: 'الحوار مع الأطفال',
    },
    description: {
      'sv-lattlast': 'Du pratar med barn så att det passar barnets ålder. Barnet får säga vad det tycker. Du skriver ner barnets egna ord.',
      en: 'You talk with children in a way that suits the child’s age. You let the child say what they think. You write down the child’s own words.',
      ar: 'تتحدث مع الأطفال بطريقة تناسب عمر الطفل. تترك الطفل يعبّر عن رأيه. تدوّن ما يقوله الطفل بكلماته هو.',
    },
  },
  LAG: {
    name: {
      'sv-lattlast': 'Lagar och rättigheter',
      en: 'Laws and rights',
      ar: 'القوانين والحقوق',
    },
    description: {
      'sv-lattlast': 'Du känner de viktigaste lagarna i ditt arbete. Två av dem är socialtjänstlagen och lagen om stöd och service. Du vet vilka rättigheter personen har. Personen bestämmer själv så mycket som möjligt.',
      en: 'You know the most important laws in your work, for example the Social Services Act and the disability support act LSS. You know what rights the person has. The person should decide as much as possible for themselves.',
      ar: 'تعرف أهم القوانين في عملك، مثل قانون الخدمات الاجتماعية وقانون LSS لدعم الأشخاص ذوي الإعاقة. تعرف ما هي حقوق الشخص. يجب أن يقرر الشخص بنفسه قدر الإمكان.',
    },
  },
  AVV: {
    name: {
      'sv-lattlast': 'Rapportera fel – avvikelser och lex Sarah',
      en: 'Incident reports and lex Sarah',
      ar: 'الإبلاغ عن الحوادث وقانون lex Sarah',
    },
    description: {
      'sv-lattlast': 'Du vet vad en avvikelse är. Det är när något har gått fel eller kan gå fel. Du rapporterar det. Rapporten gör arbetet säkrare för alla.',
      en: 'You know what an incident is. You report when something has gone wrong or could go wrong. You know that reporting makes the work safer for everyone.',
      ar: 'تعرف ما هي الحادثة التي يجب الإبلاغ عنها. تُبلغ عندما يحدث خطأ أو عندما يمكن أن يحدث خطأ. تعرف أن الإبلاغ يجعل العمل أكثر أمانًا للجميع.',
    },
  },
};

/** Swedish area name (as in requirements.ts) → area name. */
const AREA_TEXTS: Readonly<Record<string, Texts>> = {
  [AREAS.contact]: {
    'sv-lattlast': 'Möta och prata med människor',
    en: 'Contact and interaction',
    ar: 'التواصل والتفاعل',
  },
  [AREAS.health]: {
    'sv-lattlast': 'Arbeta för god hälsa',
    en: 'Health promotion',
    ar: 'تعزيز الصحة',
  },
  [AREAS.planning]: {
    'sv-lattlast': 'Planera och skriva ner',
    en: 'Planning and documentation',
    ar: 'التخطيط والتوثيق',
  },
  [AREAS.workplace]: {
    'sv-lattlast': 'Göra arbetsplatsen bättre',
    en: 'Developing the workplace',
    ar: 'تطوير مكان العمل',
  },
  [AREAS.authority]: {
    'sv-lattlast': 'Utreda och fatta beslut',
    en: 'Exercising public authority',
    ar: 'ممارسة السلطة العامة',
  },
  [AREAS.law]: {
    'sv-lattlast': 'Lagar och rättigheter',
    en: 'Laws and rights',
    ar: 'القوانين والحقوق',
  },
};

/** Level 0–4 of the scale → name and description, in first person like the Swedish. */
const LEVEL_TEXTS: Readonly<Record<string, NamedTexts>> = {
  '0': {
    name: { 'sv-lattlast': 'Inte ännu', en: 'Not yet', ar: 'ليس بعد' },
    description: {
      'sv-lattlast': 'Jag har inte lärt mig det här än.',
      en: 'I have not learned this yet',
      ar: 'لم أتعلم هذا بعد',
    },
  },
  '1': {
    name: { 'sv-lattlast': 'Vet vad det är', en: 'Facts', ar: 'المعرفة' },
    description: {
      'sv-lattlast': 'Jag vet vad det är. Jag kan berätta om det.',
      en: 'I know what it is and can talk about it',
      ar: 'أعرف ما هو وأستطيع أن أتحدث عنه',
    },
  },
  '2': {
    name: { 'sv-lattlast': 'Förstår varför', en: 'Understanding', ar: 'الفهم' },
    description: {
      'sv-lattlast': 'Jag förstår varför det är viktigt. Jag ser hur det hör ihop med mitt arbete.',
      en: 'I understand why it is important and how it connects to my work',
      ar: 'أفهم لماذا هو مهم وكيف يرتبط بعملي',
    },
  },
  '3': {
    name: { 'sv-lattlast': 'Kan göra det själv', en: 'Skill', ar: 'المهارة' },
    description: {
      'sv-lattlast': 'Jag kan göra det själv i mitt arbete varje dag.',
      en: 'I can do it on my own in my daily work',
      ar: 'أستطيع أن أقوم به بنفسي في عملي اليومي',
    },
  },
  '4': {
    name: { 'sv-lattlast': 'Kan det mycket bra', en: 'Expertise', ar: 'الإتقان' },
    description: {
      'sv-lattlast': 'Jag kan det mycket bra. Jag klarar det när något oväntat händer. Jag kan lära kollegor.',
      en: 'I know it very well, can handle the unexpected and can guide colleagues',
      ar: 'أتقنه جيدًا جدًا، وأستطيع التعامل مع المواقف غير المتوقعة، وأستطيع إرشاد زملائي',
    },
  },
};

/** Standard effect question code → question text. */
const EFFECT_QUESTION_TEXTS: Readonly<Record<string, Texts>> = {
  strengthened: {
    'sv-lattlast': 'Jag känner mig starkare i mitt yrke.',
    en: 'I feel stronger in my professional role',
    ar: 'أشعر بأنني أقوى في دوري المهني',
  },
  knows_requirements: {
    'sv-lattlast': 'Jag vet vad jag måste kunna i mitt yrke.',
    en: 'I know the requirements for my professional role',
    ar: 'أعرف المتطلبات الخاصة بدوري المهني',
  },
  introduction: {
    'sv-lattlast': 'När jag började fick jag en introduktion. Den gjorde mig trygg i arbetet.',
    en: 'I got an introduction that made me feel secure in my work',
    ar: 'حصلت على تعريف بالعمل جعلني أشعر بالأمان في عملي',
  },
  digital_access: {
    'sv-lattlast': 'Jag kan gå utbildningar på dator eller mobil när jag behöver det.',
    en: 'I can take digital courses when I need them',
    ar: 'أستطيع الوصول إلى الدورات التدريبية الرقمية عندما أحتاج إليها',
  },
  learning_at_work: {
    'sv-lattlast': 'Jag lär mig av mina kollegor och min handledare. Jag lär mig i arbetet varje dag.',
    en: 'I learn from my colleagues and my supervisor in my daily work',
    ar: 'أتعلم من زملائي ومن مشرفي في عملي اليومي',
  },
};

export interface DemoTranslation {
  kind: TranslationKind;
  code: string;
  field: TranslationField;
  language: DemoTranslationLanguage;
  text: string;
}

function missing(what: string): never {
  throw new Error(`Demo translation missing: ${what}. Add it to lib/demo/translations.ts.`);
}

function rowsOf(kind: TranslationKind, code: string, field: TranslationField, texts: Texts | undefined): DemoTranslation[] {
  return DEMO_TRANSLATION_LANGUAGES.map((language) => {
    const text = texts?.[language]?.trim();
    if (!text) missing(`${kind} ${code} ${field} (${language})`);
    return { kind, code, field, language, text };
  });
}

/**
 * Every translation of the demo, derived from the requirements, areas, scale and standard
 * effect questions that exist. Throws if any of them lacks a text in any language.
 */
export function demoTranslations(): DemoTranslation[] {
  const rows: DemoTranslation[] = [];
  for (const requirement of REQUIREMENTS) {
    const texts = REQUIREMENT_TEXTS[requirement.code] ?? missing(`requirement ${requirement.code}`);
    rows.push(...rowsOf('requirement', requirement.code, 'name', texts.name));
    rows.push(...rowsOf('requirement', requirement.code, 'description', texts.description));
  }
  const areas = [...new Set([...Object.values(AREAS), ...REQUIREMENTS.map((r) => r.area)])];
  for (const area of areas) {
    rows.push(...rowsOf('area', area, 'name', AREA_TEXTS[area] ?? missing(`area ${area}`)));
  }
  for (const { level } of SCALE) {
    const texts = LEVEL_TEXTS[String(level)] ?? missing(`level ${level}`);
    rows.push(...rowsOf('level', String(level), 'name', texts.name));
    rows.push(...rowsOf('level', String(level), 'description', texts.description));
  }
  for (const { code } of STANDARD_EFFECT_QUESTIONS) {
    rows.push(...rowsOf('effect_question', code, 'text', EFFECT_QUESTION_TEXTS[code] ?? missing(`effect question ${code}`)));
  }
  return rows;
}

export function translationsTable(): RawTable {
  return toRawTable(
    'translations',
    ['kind', 'code', 'field', 'language', 'text'],
    demoTranslations().map((t) => ({ ...t })),
  );
}
