// The organisation of Exempelby kommun: the unit tree, the roles, and how many people of
// each role work in each unit. People are generated from these staffing figures.
import type { RawTable } from '@/lib/import/types';
import type { UnitKind } from '@/lib/domain/enums';
import { DEMO_CODE_PREFIX, DEMO_MUNICIPALITY } from './constants';
import { toRawTable } from './table';

export const ROLES = [
  { code: 'USK', name: 'Undersköterska' },
  { code: 'VBI', name: 'Vårdbiträde' },
  { code: 'SSK', name: 'Sjuksköterska' },
  { code: 'STA', name: 'Stödassistent' },
  { code: 'BST', name: 'Boendestödjare' },
  { code: 'PAS', name: 'Personlig assistent' },
  { code: 'SOS', name: 'Socialsekreterare' },
  { code: 'ELA', name: 'Elevassistent' },
  { code: 'MAT', name: 'Kock och måltidspersonal' },
  { code: 'LOK', name: 'Lokalvårdare' },
  { code: 'ECH', name: 'Enhetschef' },
] as const;
export type RoleCode = (typeof ROLES)[number]['code'];

/** Hands-on care roles: many hourly staff, mostly women. */
export const CARE_ROLES: readonly RoleCode[] = ['USK', 'VBI', 'STA', 'PAS', 'BST'];

export interface DemoUnit {
  code: string;
  name: string;
  parentCode: string | null;
  kind: UnitKind;
  /** People placed directly on this unit, per role. */
  staff: readonly (readonly [RoleCode, number])[];
}

const P = DEMO_CODE_PREFIX;

function unit(
  code: string,
  name: string,
  parentCode: string | null,
  kind: UnitKind,
  staff: DemoUnit['staff'] = [],
): DemoUnit {
  return { code, name, parentCode, kind, staff };
}

/** Parents always come before their children. */
export const UNITS: readonly DemoUnit[] = [
  unit(P, DEMO_MUNICIPALITY, null, 'kommun'),

  // Vård och omsorg; the medicinskt ansvarig sjuksköterska sits on the förvaltning itself.
  unit(`${P}-VO`, 'Vård- och omsorgsförvaltningen', P, 'forvaltning', [['SSK', 1]]),
  unit(`${P}-VO-ALD`, 'Särskilt boende för äldre', `${P}-VO`, 'omrade', [['ECH', 1]]),
  unit(`${P}-VO-ALD-01`, 'Solgårdens vård- och omsorgsboende', `${P}-VO-ALD`, 'enhet', [['ECH', 1], ['USK', 32], ['VBI', 14]]),
  unit(`${P}-VO-ALD-02`, 'Björkhagens vård- och omsorgsboende', `${P}-VO-ALD`, 'enhet', [['ECH', 1], ['USK', 24], ['VBI', 10]]),
  unit(`${P}-VO-ALD-03`, 'Lindgårdens demensboende', `${P}-VO-ALD`, 'enhet', [['ECH', 1], ['USK', 20], ['VBI', 8]]),
  unit(`${P}-VO-ALD-04`, 'Korttidsboendet Ljungen', `${P}-VO-ALD`, 'enhet', [['ECH', 1], ['USK', 10], ['VBI', 4]]),
  unit(`${P}-VO-ALD-05`, 'Rosengårdens vård- och omsorgsboende', `${P}-VO-ALD`, 'enhet', [['ECH', 1], ['USK', 18], ['VBI', 7]]),
  unit(`${P}-VO-HT`, 'Hemtjänst', `${P}-VO`, 'omrade', [['ECH', 1]]),
  unit(`${P}-VO-HT-01`, 'Hemtjänst Centrum', `${P}-VO-HT`, 'enhet', [['ECH', 1], ['USK', 24], ['VBI', 16]]),
  unit(`${P}-VO-HT-02`, 'Hemtjänst Norr', `${P}-VO-HT`, 'enhet', [['ECH', 1], ['USK', 17], ['VBI', 11]]),
  unit(`${P}-VO-HT-03`, 'Hemtjänst Söder', `${P}-VO-HT`, 'enhet', [['ECH', 1], ['USK', 15], ['VBI', 9]]),
  unit(`${P}-VO-HT-04`, 'Nattpatrullen', `${P}-VO-HT`, 'enhet', [['ECH', 1], ['USK', 7], ['VBI', 3]]),
  unit(`${P}-VO-HSL`, 'Hälso- och sjukvård', `${P}-VO`, 'omrade'),
  unit(`${P}-VO-HSL-01`, 'Sjuksköterskeenheten', `${P}-VO-HSL`, 'enhet', [['ECH', 1], ['SSK', 19]]),
  unit(`${P}-VO-FUNK`, 'Funktionsstöd', `${P}-VO`, 'omrade', [['ECH', 1]]),
  unit(`${P}-VO-FUNK-01`, 'Gruppbostad Ekbacken', `${P}-VO-FUNK`, 'enhet', [['ECH', 1], ['STA', 10]]),
  unit(`${P}-VO-FUNK-02`, 'Gruppbostad Tallstigen', `${P}-VO-FUNK`, 'enhet', [['STA', 9]]),
  unit(`${P}-VO-FUNK-03`, 'Gruppbostad Lönnen', `${P}-VO-FUNK`, 'enhet', [['STA', 5]]),
  unit(`${P}-VO-FUNK-04`, 'Daglig verksamhet Verkstan', `${P}-VO-FUNK`, 'enhet', [['ECH', 1], ['STA', 13]]),
  unit(`${P}-VO-FUNK-05`, 'Daglig verksamhet Trädgården', `${P}-VO-FUNK`, 'enhet', [['STA', 4]]),
  unit(`${P}-VO-FUNK-06`, 'Personlig assistans', `${P}-VO-FUNK`, 'enhet', [['ECH', 1], ['PAS', 44]]),
  unit(`${P}-VO-FUNK-07`, 'Boendestöd', `${P}-VO-FUNK`, 'enhet', [['ECH', 1], ['BST', 10]]),

  // Socialtjänst; one områdeschef placed on the område.
  unit(`${P}-SOC`, 'Socialförvaltningen', P, 'forvaltning'),
  unit(`${P}-SOC-IFO`, 'Individ- och familjeomsorg', `${P}-SOC`, 'omrade', [['ECH', 1]]),
  unit(`${P}-SOC-IFO-01`, 'Barn och unga', `${P}-SOC-IFO`, 'enhet', [['ECH', 1], ['SOS', 16]]),
  unit(`${P}-SOC-IFO-02`, 'Vuxenenheten', `${P}-SOC-IFO`, 'enhet', [['ECH', 1], ['SOS', 11]]),
  unit(`${P}-SOC-IFO-03`, 'Ekonomiskt bistånd', `${P}-SOC-IFO`, 'enhet', [['ECH', 1], ['SOS', 14]]),
  unit(`${P}-SOC-IFO-04`, 'Familjerätt', `${P}-SOC-IFO`, 'enhet', [['SOS', 4]]),

  // Utbildning: elevassistenter and fritidshem.
  unit(`${P}-UTB`, 'Utbildningsförvaltningen', P, 'forvaltning'),
  unit(`${P}-UTB-GRS`, 'Grundskola och fritidshem', `${P}-UTB`, 'omrade'),
  unit(`${P}-UTB-GRS-01`, 'Norrskolan, elevassistenter', `${P}-UTB-GRS`, 'enhet', [['ECH', 1], ['ELA', 15]]),
  unit(`${P}-UTB-GRS-02`, 'Söderskolan, elevassistenter', `${P}-UTB-GRS`, 'enhet', [['ECH', 1], ['ELA', 12]]),
  unit(`${P}-UTB-GRS-03`, 'Fritidshemmet Ängen', `${P}-UTB-GRS`, 'enhet', [['ECH', 1], ['ELA', 9]]),
  unit(`${P}-UTB-GRS-04`, 'Resursteamet', `${P}-UTB-GRS`, 'enhet', [['ELA', 4]]),

  // Service: kök and lokalvård.
  unit(`${P}-SERV`, 'Serviceförvaltningen', P, 'forvaltning'),
  unit(`${P}-SERV-MAT`, 'Måltidsservice', `${P}-SERV`, 'omrade'),
  unit(`${P}-SERV-MAT-01`, 'Centralköket', `${P}-SERV-MAT`, 'enhet', [['ECH', 1], ['MAT', 19]]),
  unit(`${P}-SERV-MAT-02`, 'Tillagningsköket Solgården', `${P}-SERV-MAT`, 'enhet', [['MAT', 5]]),
  unit(`${P}-SERV-LOK`, 'Lokalvård', `${P}-SERV`, 'omrade'),
  unit(`${P}-SERV-LOK-01`, 'Lokalvård förvaltningslokaler', `${P}-SERV-LOK`, 'enhet', [['ECH', 1], ['LOK', 15]]),
  unit(`${P}-SERV-LOK-02`, 'Lokalvård skolor', `${P}-SERV-LOK`, 'enhet', [['ECH', 1], ['LOK', 13]]),
];

export function unitsTable(): RawTable {
  return toRawTable(
    'units',
    ['code', 'name', 'parent_code', 'kind'],
    UNITS.map((u) => ({ code: u.code, name: u.name, parent_code: u.parentCode, kind: u.kind })),
  );
}

export function rolesTable(): RawTable {
  return toRawTable('roles', ['code', 'name'], ROLES.map((r) => ({ code: r.code, name: r.name })));
}

const PARENT_OF = new Map(UNITS.map((u) => [u.code, u.parentCode]));

/** True when `unitCode` is `ancestorCode` or lies anywhere below it in the tree. */
export function isInSubtree(unitCode: string, ancestorCode: string): boolean {
  for (let code: string | null | undefined = unitCode; code; code = PARENT_OF.get(code)) {
    if (code === ancestorCode) return true;
  }
  return false;
}
