import { SCALE } from '@/lib/domain/scale';

/** A competence level with the scale's name: 3 → "3 Färdighet". */
export function formatLevel(level: number): string {
  const step = SCALE.find((s) => s.level === level);
  return step ? `${level} ${step.name}` : String(level);
}

/** An effect answer on the 1–5 agreement scale, with the meaning of its ends. */
export function formatAgreement(value: number): string {
  if (value === 1) return '1 av 5 (Stämmer inte alls)';
  if (value === 5) return '5 av 5 (Stämmer helt)';
  return `${value} av 5`;
}
