import type { Level } from './enums';

/** The competence scale of DOMAIN.md with the plain-language text shown to staff. */
export const SCALE: ReadonlyArray<{ level: Level; name: string; description: string }> = [
  { level: 0, name: 'Inte ännu', description: 'Jag har inte lärt mig det här ännu' },
  { level: 1, name: 'Fakta', description: 'Jag vet vad det är och kan berätta om det' },
  { level: 2, name: 'Förståelse', description: 'Jag förstår varför det är viktigt och hur det hör ihop med mitt arbete' },
  { level: 3, name: 'Färdighet', description: 'Jag kan göra det själv i mitt dagliga arbete' },
  { level: 4, name: 'Förtrogenhet', description: 'Jag kan det mycket bra, klarar det oväntade och kan handleda kollegor' },
];

/** "Vet ej / ej aktuellt" is stored as no level. */
export const NOT_KNOWN_LABEL = 'Vet ej / ej aktuellt';

export function gapOf(requiredLevel: number, level: number): number {
  return Math.max(0, requiredLevel - level);
}
