import { EMPLOYMENT_TYPES, type EmploymentType } from '@/lib/domain/enums';

// Words for the stored values shown on the personal-data pages and in the register extract.

const EMPLOYMENT: Record<EmploymentType, string> = {
  tillsvidare: 'Tillsvidareanställd',
  visstid: 'Visstidsanställd',
  timanstalld: 'Timanställd',
};

const GENDER: Record<string, string> = { kvinna: 'Kvinna', man: 'Man', annat: 'Annat' };

export function employmentLabel(value: string | null): string | null {
  if (value === null) return null;
  return (EMPLOYMENT_TYPES as readonly string[]).includes(value) ? EMPLOYMENT[value as EmploymentType] : value;
}

export function genderLabel(value: string | null): string | null {
  if (value === null) return null;
  return GENDER[value] ?? value;
}

export function assessmentSourceLabel(value: string): string {
  return value === 'validated' ? 'Bekräftad av chef' : value === 'self' ? 'Självskattning' : value;
}

/** "1 rad" / "3 rader", and the like. */
export function countLabel(n: number, one: string, many: string): string {
  return `${n.toLocaleString('sv-SE')} ${n === 1 ? one : many}`;
}
