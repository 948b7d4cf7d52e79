// The requirement framework "Exempelby yrkeskrav" and which roles need which requirement at
// what level. Descriptions are short plain-Swedish sentences for second-language speakers.
import type { RawTable } from '@/lib/import/types';
import { DEMO_FRAMEWORK } from './constants';
import type { RoleCode } from './organisation';
import { toRawTable } from './table';

export const AREAS = {
  contact: 'Kontakt och samspel',
  health: 'Hälsofrämjande arbete',
  planning: 'Planering och dokumentation',
  workplace: 'Utveckling av arbetsplatsen',
  authority: 'Myndighetsutövning',
  law: 'Lagar och rättigheter',
} as const;

export interface DemoRequirement {
  code: string;
  name: string;
  area: string;
  description: string;
}

export const REQUIREMENTS: readonly DemoRequirement[] = [
  {
    code: 'BEM',
    name: 'Bemötande',
    area: AREAS.contact,
    description:
      'Du möter varje person med respekt. Du lyssnar och tar personen på allvar. Du anpassar ditt sätt att prata efter personen.',
  },
  {
    code: 'KOM',
    name: 'Kommunikation',
    area: AREAS.contact,
    description:
      'Du kan prata med personer som har svårt att tala eller förstå. Du använder enkla ord, bilder eller tecken när det behövs. Du kontrollerar att personen har förstått.',
  },
  {
    code: 'LAB',
    name: 'Lågaffektivt bemötande',
    area: AREAS.contact,
    description:
      'Du är lugn när en person blir arg, rädd eller orolig. Du ställer färre krav och ger personen tid. Du vet vad du kan göra så att situationen inte blir värre.',
  },
  {
    code: 'DEM',
    name: 'Demens och kognitiv svikt',
    area: AREAS.contact,
    description:
      'Du vet vad demens är och hur sjukdomen påverkar en människa. Oro eller ilska kan betyda att personen har ont eller behöver något. Du skapar lugn och trygghet.',
  },
  {
    code: 'HYG',
    name: 'Basala hygienrutiner',
    area: AREAS.health,
    description:
      'Du följer reglerna för handhygien och arbetskläder varje dag. Du vet när du ska använda handskar och förkläde. Du hindrar att smitta sprids.',
  },
  {
    code: 'LAK',
    name: 'Läkemedel vid delegering',
    area: AREAS.health,
    description:
      'Du ger läkemedel bara när du har en giltig delegering. Du kontrollerar rätt person, rätt läkemedel, rätt dos och rätt tid. Du signerar direkt. Du säger till sjuksköterskan om något blir fel.',
  },
  {
    code: 'FALL',
    name: 'Fallprevention',
    area: AREAS.health,
    description:
      'Du ser risker för fall. Du tar bort hinder och hjälper personen att röra sig säkert. Du vet vad du ska göra om någon har fallit.',
  },
  {
    code: 'NUT',
    name: 'Nutrition och måltider',
    area: AREAS.health,
    description:
      'Du vet varför mat och dryck är viktigt för hälsan. Du märker om en person äter eller dricker för lite. Du gör måltiden till en trevlig stund.',
  },
  {
    code: 'LIV',
    name: 'Livsmedelshygien och specialkost',
    area: AREAS.health,
    description:
      'Du hanterar mat så att ingen blir sjuk. Du kontrollerar temperatur och datum. Du vet hur du lagar mat till personer med allergi eller specialkost.',
  },
  {
    code: 'DOK',
    name: 'Social dokumentation',
    area: AREAS.planning,
    description:
      'Du skriver ner det som är viktigt för personen. Du skriver kort, sakligt och tydligt. Du skriver i rätt system och i tid.',
  },
  {
    code: 'GEN',
    name: 'Genomförandeplan',
    area: AREAS.planning,
    description:
      'Du vet vad en genomförandeplan är. Du gör planen tillsammans med personen. Du arbetar efter planen och säger till när den behöver ändras.',
  },
  {
    code: 'SEK',
    name: 'Sekretess och tystnadsplikt',
    area: AREAS.planning,
    description:
      'Du vet vad tystnadsplikt betyder. Du berättar inte för andra om personerna du arbetar med. Du skyddar papper, datorer och telefoner mot obehöriga.',
  },
  {
    code: 'HAN',
    name: 'Handledning av nya kollegor',
    area: AREAS.workplace,
    description:
      'Du tar emot nya kollegor och visar hur arbetet går till. Du förklarar varför vi gör som vi gör. Du ger stöd och svarar på frågor.',
  },
  {
    code: 'ARB',
    name: 'Arbetsmiljö och säkerhet',
    area: AREAS.workplace,
    description:
      'Du arbetar säkert och använder hjälpmedel på rätt sätt. Du säger till när du ser en risk. Du vet hur du rapporterar en skada eller ett tillbud.',
  },
  {
    code: 'UTR',
    name: 'Utredning och bedömning',
    area: AREAS.authority,
    description:
      'Du utreder ansökningar och anmälningar enligt lagen. Du samlar fakta och lyssnar på alla parter. Du skriver en bedömning som är lätt att förstå.',
  },
  {
    code: 'BAR',
    name: 'Samtal med barn',
    area: AREAS.authority,
    description:
      'Du pratar med barn på ett sätt som passar barnets ålder. Du låter barnet säga vad det tycker. Du skriver ner barnets egna ord.',
  },
  {
    code: 'LAG',
    name: 'Lagar och rättigheter',
    area: AREAS.law,
    description:
      'Du känner till de viktigaste lagarna i ditt arbete, till exempel socialtjänstlagen och LSS. Du vet vilka rättigheter personen har. Personen ska få bestämma så mycket som möjligt själv.',
  },
  {
    code: 'AVV',
    name: 'Avvikelser och lex Sarah',
    area: AREAS.law,
    description:
      'Du vet vad en avvikelse är. Du rapporterar när något har gått fel eller kan gå fel. Du vet att rapporten gör arbetet säkrare för alla.',
  },
];

export interface DemoRoleRequirement {
  requirementCode: string;
  requiredLevel: number;
  weight: number;
}

/** [requirement, required level 1–4, weight 1–3]; weight 3 = critical for safety. */
type Need = readonly [string, number, number];

const NEEDS: Record<RoleCode, readonly Need[]> = {
  USK: [['BEM', 3, 2], ['DEM', 3, 2], ['HYG', 4, 3], ['LAK', 3, 3], ['FALL', 3, 2], ['NUT', 3, 2], ['DOK', 3, 2], ['GEN', 3, 1], ['SEK', 3, 2]],
  VBI: [['BEM', 3, 2], ['DEM', 2, 2], ['HYG', 3, 3], ['FALL', 2, 2], ['NUT', 2, 1], ['DOK', 2, 1], ['SEK', 2, 2], ['AVV', 2, 2]],
  SSK: [['LAK', 4, 3], ['HYG', 4, 3], ['FALL', 3, 2], ['NUT', 3, 2], ['DOK', 4, 2], ['HAN', 3, 2], ['SEK', 3, 2], ['AVV', 3, 2]],
  STA: [['BEM', 3, 2], ['KOM', 3, 2], ['LAB', 3, 2], ['HYG', 3, 3], ['LAK', 2, 3], ['DOK', 3, 1], ['GEN', 3, 2], ['LAG', 2, 1], ['AVV', 2, 2]],
  BST: [['BEM', 3, 2], ['KOM', 3, 2], ['LAB', 3, 2], ['DOK', 3, 2], ['GEN', 3, 2], ['SEK', 3, 2], ['LAG', 2, 1]],
  PAS: [['BEM', 3, 2], ['KOM', 3, 2], ['LAB', 2, 1], ['HYG', 3, 3], ['LAK', 2, 3], ['SEK', 2, 2], ['AVV', 2, 1]],
  SOS: [['BEM', 3, 2], ['UTR', 4, 3], ['BAR', 3, 2], ['DOK', 4, 2], ['SEK', 4, 3], ['LAG', 4, 2]],
  ELA: [['BEM', 3, 2], ['KOM', 3, 2], ['LAB', 3, 2], ['SEK', 2, 1], ['ARB', 2, 1]],
  MAT: [['BEM', 2, 1], ['HYG', 3, 3], ['NUT', 3, 2], ['LIV', 4, 3], ['ARB', 2, 2]],
  LOK: [['BEM', 2, 1], ['HYG', 3, 3], ['ARB', 3, 2], ['SEK', 1, 1]],
  ECH: [['BEM', 3, 1], ['DOK', 3, 1], ['SEK', 4, 2], ['HAN', 4, 2], ['ARB', 4, 3], ['LAG', 3, 2]],
};

/** The requirements of a role, in framework order. */
export function requirementsOfRole(role: RoleCode): readonly DemoRoleRequirement[] {
  return NEEDS[role].map(([requirementCode, requiredLevel, weight]) => ({ requirementCode, requiredLevel, weight }));
}

export function requirementsTable(): RawTable {
  return toRawTable(
    'requirements',
    ['code', 'name', 'framework', 'area', 'description'],
    REQUIREMENTS.map((r) => ({ code: r.code, name: r.name, framework: DEMO_FRAMEWORK, area: r.area, description: r.description })),
  );
}

export function roleRequirementsTable(): RawTable {
  const rows = (Object.keys(NEEDS) as RoleCode[]).flatMap((role) =>
    requirementsOfRole(role).map((need) => ({
      role_code: role,
      requirement_code: need.requirementCode,
      required_level: need.requiredLevel,
      weight: need.weight,
    })),
  );
  return toRawTable('role_requirements', ['role_code', 'requirement_code', 'required_level', 'weight'], rows);
}
