// Which slide a key press leads to in meeting mode. Presentation clickers send PageDown and
// PageUp (some send the left and right arrow keys); the keyboard adds Home and End. The up and
// down arrows stay the browser's, so a slide too long for a small window can still be scrolled.

export interface SlideKey {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp', 'Backspace']);

/**
 * The slide index after `press` on slide `index` of `count`, or null when the key is not
 * meeting mode's (the browser keeps it: Alt+← goes back, Ctrl+End scrolls, Tab moves focus).
 * Space and Enter only count when `onControl` is false, so that they still press a focused
 * button or follow a focused link. The index stays within 0..count−1.
 */
export function slideAfterKey(index: number, count: number, press: SlideKey, onControl = false): number | null {
  if (count <= 0) return null;
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  const last = count - 1;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  const { key } = press;
  if ((key === ' ' || key === 'Enter' || key === 'Backspace') && onControl) return null;
  if (key === ' ' && press.shiftKey) return clamp(index - 1);
  if (NEXT.has(key)) return clamp(index + 1);
  if (PREVIOUS.has(key)) return clamp(index - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  return null;
}

/** "Bild 2 av 9": what the counter shows and the live region reads out. */
export function slidePosition(index: number, count: number): string {
  return `Bild ${index + 1} av ${count}`;
}
