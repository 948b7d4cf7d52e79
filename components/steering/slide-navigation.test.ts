import { describe, expect, it } from 'vitest';
import { slideAfterKey, slidePosition } from './slide-navigation';

describe('slideAfterKey', () => {
  it('moves forward with the arrow keys, PageDown and Space, and stops at the last slide', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) {
      expect(slideAfterKey(0, 9, { key }), key).toBe(1);
      expect(slideAfterKey(8, 9, { key }), key).toBe(8);
    }
  });

  it('moves back with the arrow keys, PageUp and Shift+Space, and stops at the first slide', () => {
    for (const key of ['ArrowLeft', 'PageUp']) {
      expect(slideAfterKey(4, 9, { key }), key).toBe(3);
      expect(slideAfterKey(0, 9, { key }), key).toBe(0);
    }
    expect(slideAfterKey(4, 9, { key: ' ', shiftKey: true })).toBe(3);
  });

  it('jumps to the first and last slide with Home and End', () => {
    expect(slideAfterKey(5, 9, { key: 'Home' })).toBe(0);
    expect(slideAfterKey(2, 9, { key: 'End' })).toBe(8);
  });

  it('leaves keys with Alt, Ctrl or Meta, and other keys, to the browser', () => {
    expect(slideAfterKey(3, 9, { key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(slideAfterKey(3, 9, { key: 'End', ctrlKey: true })).toBeNull();
    expect(slideAfterKey(3, 9, { key: 'ArrowRight', metaKey: true })).toBeNull();
    expect(slideAfterKey(3, 9, { key: 'Tab' })).toBeNull();
    // Up and down scroll a slide that is too long for the window.
    expect(slideAfterKey(3, 9, { key: 'ArrowUp' })).toBeNull();
    expect(slideAfterKey(3, 9, { key: 'ArrowDown' })).toBeNull();
    expect(slideAfterKey(3, 9, { key: 'a' })).toBeNull();
  });

  it('lets Space, Enter and Backspace press a focused button or link', () => {
    expect(slideAfterKey(3, 9, { key: ' ' }, true)).toBeNull();
    expect(slideAfterKey(3, 9, { key: 'Enter' }, true)).toBeNull();
    expect(slideAfterKey(3, 9, { key: 'Backspace' }, true)).toBeNull();
    expect(slideAfterKey(3, 9, { key: 'Enter' })).toBe(4);
    expect(slideAfterKey(3, 9, { key: 'PageDown' }, true)).toBe(4);
  });

  it('does nothing without slides, and keeps a single slide where it is', () => {
    expect(slideAfterKey(0, 0, { key: 'ArrowRight' })).toBeNull();
    expect(slideAfterKey(0, 1, { key: 'ArrowRight' })).toBe(0);
    expect(slideAfterKey(0, 1, { key: 'End' })).toBe(0);
  });

  it('walks every slide forward and back again', () => {
    const seen: number[] = [0];
    let i = 0;
    for (let step = 0; step < 12; step++) seen.push((i = slideAfterKey(i, 5, { key: step % 2 ? 'PageDown' : 'ArrowRight' }) ?? i));
    expect(seen).toEqual([0, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
    for (let step = 0; step < 4; step++) i = slideAfterKey(i, 5, { key: step % 2 ? 'PageUp' : 'ArrowLeft' }) ?? i;
    expect(i).toBe(0);
  });
});

describe('slidePosition', () => {
  it('counts from one', () => {
    expect(slidePosition(1, 9)).toBe('Bild 2 av 9');
    expect(slidePosition(0, 1)).toBe('Bild 1 av 1');
  });
});
