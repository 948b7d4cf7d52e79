import type { CourseFormat } from '@/lib/domain/enums';

const FORMAT_LABELS: Record<CourseFormat, string> = {
  digital: 'Digital',
  fysisk: 'Fysisk, på plats',
  blandad: 'Blandad, digital och på plats',
};

export function courseFormatLabel(format: CourseFormat): string {
  return FORMAT_LABELS[format];
}

const hoursFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/** 1 → "1 timme", 2.5 → "2,5 timmar". */
export function formatHours(hours: number): string {
  return `${hoursFormat.format(hours)} ${hours === 1 ? 'timme' : 'timmar'}`;
}

/** Only web addresses become links; anything else stored by mistake is left out. */
export function safeCourseUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
