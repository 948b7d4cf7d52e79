'use client';

import { useEffect } from 'react';

/**
 * Moves the focus to an element when the page has none to keep (after sending the survey the
 * pressed button is gone): a screen reader then reads the confirmation at once.
 */
export function FocusHere({ id }: { id: string }) {
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) document.getElementById(id)?.focus();
  }, [id]);
  return null;
}
