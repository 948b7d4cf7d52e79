'use client';

import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { SCALE } from '@/lib/domain/scale';
import { LEVELS } from '@/lib/domain/enums';
import { CHART_AXIS_HEIGHT, chartPlotHeight } from './chart-size';
import styles from './profile.module.css';

export interface LevelChartRow {
  requirement: string;
  name: string;
  requiredLevel: number;
  /** The effective level; null when not assessed ("vet ej" or no answer). */
  level: number | null;
  validated: boolean;
}

const LEVEL_FILL = '#1d4f91';
const REQUIRED_STROKE = '#3d3d3d';
const PATTERN_ID = 'kravniva-monster';
/** Below this width (px) the chart is compact: narrower names, numbers only on the scale. */
const COMPACT_BELOW = 520;

/** Breaks a requirement name into short lines for the axis (SVG text does not wrap). */
function lines(text: string, max: number): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = out.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out.length > 3 ? [...out.slice(0, 2), `${out.slice(2).join(' ').slice(0, max - 1)}…`] : out;
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

function NameTick({ x, y, payload }: TickProps) {
  const parts = lines(String(payload?.value ?? ''), 18);
  const top = Number(y ?? 0) - ((parts.length - 1) * 16) / 2;
  return (
    <text x={Number(x ?? 0)} y={top} textAnchor="end" dominantBaseline="middle" fill="#1a1a1a" fontSize={14}>
      {parts.map((p, i) => (
        <tspan key={i} x={Number(x ?? 0)} dy={i === 0 ? 0 : 16}>
          {p}
        </tspan>
      ))}
    </text>
  );
}

function LevelTick({ x, y, payload, compact }: TickProps & { compact: boolean }) {
  const level = Number(payload?.value ?? 0);
  // Compact: the numbers only; the description above the chart names the steps.
  const name = compact ? '' : (SCALE.find((s) => s.level === level)?.name ?? '');
  return (
    <text x={Number(x ?? 0)} y={Number(y ?? 0) + 12} textAnchor="middle" fill="#1a1a1a" fontSize={13}>
      <tspan x={Number(x ?? 0)}>{level}</tspan>
      <tspan x={Number(x ?? 0)} dy={16}>
        {name}
      </tspan>
    </text>
  );
}

/** Compact: the requirement's name above its pair of bars, where the whole width is free. */
function NameAbove({ x, y, value }: { x?: number | string; y?: number | string; value?: unknown }) {
  return (
    <text x={Number(x ?? 0)} y={Number(y ?? 0) - 5} fill="#1a1a1a" fontSize={13} fontWeight={600}>
      {String(value ?? '')}
    </text>
  );
}

/**
 * The person's level beside the required level, one pair of bars per requirement, on the
 * 0–4 scale with its names. The level is a solid bar, the required level a striped one, and
 * each bar carries its number, so colour is never the only signal. The chart is an image to
 * assistive technology (named and described by the figure around it); the table on the page
 * holds the same figures as text.
 */
export function LevelChart({ rows, own, labelledBy, describedBy }: { rows: readonly LevelChartRow[]; own: boolean; labelledBy: string; describedBy: string }) {
  const [width, setWidth] = useState<number | null>(null);
  const compact = width !== null && width < COMPACT_BELOW;
  const data = rows.map((r) => ({
    name: r.name,
    level: r.level ?? 0,
    levelLabel: r.level === null ? 'Inte bedömd' : `${r.level}${r.validated ? (compact ? ' ✓' : ' ✓ bekräftad') : ''}`,
    requiredLevel: r.requiredLevel,
    requiredLabel: `krav ${r.requiredLevel}`,
  }));
  const levelName = own ? 'Din nivå' : 'Personens nivå';
  return (
    <div role="img" aria-labelledby={labelledBy} aria-describedby={describedBy} className={styles.chartArea}>
      <ul className={styles.legend}>
        <li>
          <svg className={styles.swatch} width="28" height="16" aria-hidden="true">
            <rect x="1" y="1" width="26" height="14" fill={LEVEL_FILL} />
          </svg>
          {levelName} (hel stapel)
        </li>
        <li>
          <svg className={styles.swatch} width="28" height="16" aria-hidden="true">
            <defs>
              <pattern id={`${PATTERN_ID}-legend`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill="#ffffff" />
                <line x1="0" y1="0" x2="0" y2="6" stroke={REQUIRED_STROKE} strokeWidth="2.5" />
              </pattern>
            </defs>
            <rect x="1" y="1" width="26" height="14" fill={`url(#${PATTERN_ID}-legend)`} stroke={REQUIRED_STROKE} strokeWidth="1.5" />
          </svg>
          Kravnivå (randig stapel)
        </li>
      </ul>
      <ResponsiveContainer width="100%" height={chartPlotHeight(rows.length)} onResize={(w) => setWidth(w)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: compact ? 64 : 96, bottom: 8, left: compact ? 4 : 8 }} barGap={4} barCategoryGap="22%" accessibilityLayer={false}>
          <defs>
            <pattern id={PATTERN_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={REQUIRED_STROKE} strokeWidth="2.5" />
            </pattern>
          </defs>
          <CartesianGrid horizontal={false} stroke="#c4cad3" />
          <XAxis type="number" domain={[0, 4]} ticks={[...LEVELS]} allowDecimals={false} height={CHART_AXIS_HEIGHT} tick={(p: TickProps) => <LevelTick {...p} compact={compact} />} interval={0} stroke="#6b7280" />
          <YAxis type="category" dataKey="name" hide={compact} width={150} tick={NameTick} interval={0} stroke="#6b7280" />
          <Bar dataKey="level" name={levelName} fill={LEVEL_FILL} isAnimationActive={false}>
            {compact && <LabelList dataKey="name" content={NameAbove} />}
            <LabelList dataKey="levelLabel" position="right" fill="#1a1a1a" fontSize={13} />
          </Bar>
          <Bar dataKey="requiredLevel" name="Kravnivå" fill={`url(#${PATTERN_ID})`} stroke={REQUIRED_STROKE} strokeWidth={1.5} isAnimationActive={false}>
            <LabelList dataKey="requiredLabel" position="right" fill="#1a1a1a" fontSize={13} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
