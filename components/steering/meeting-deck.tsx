'use client';

import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { slideAfterKey, slidePosition } from './slide-navigation';
import './steering.css';

export interface DeckSlide {
  key: string;
  title: string;
  content: ReactNode;
}

export interface MeetingDeckProps {
  /** The project's name: the page's h1. */
  heading: string;
  /** Under the heading: the time of the data, live or frozen. */
  context: ReactNode;
  slides: readonly DeckSlide[];
  exitHref: string;
}

function subscribeFullscreen(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}
const inFullscreen = () => document.fullscreenElement !== null;
const fullscreenAvailable = () => document.fullscreenEnabled === true;
const never = () => () => {};
const onServer = () => false;

/** Focus on one of these keeps Space and Enter (they press it). */
const CONTROLS = 'a, button, input, select, textarea, summary, [contenteditable]';

async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    // Refused by the browser: the page already fills the window, which is the fallback.
  }
}

/**
 * Meeting mode's slides, one at a time, filling the window: arrow keys, PageUp/PageDown (what
 * presentation clickers send), Home and End, or the buttons. The slide number is announced
 * politely; "Helskärm" asks the browser for the whole screen where it can.
 */
export function MeetingDeck({ heading, context, slides, exitHref }: MeetingDeckProps) {
  const [index, setIndex] = useState(0);
  const count = slides.length;
  const fullscreen = useSyncExternalStore(subscribeFullscreen, inFullscreen, onServer);
  const canFullscreen = useSyncExternalStore(never, fullscreenAvailable, onServer);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const onControl = event.target instanceof Element && event.target.closest(CONTROLS) !== null;
      const next = slideAfterKey(index, count, event, onControl);
      if (next === null) return;
      // Also when already at the first or last slide: the key must not scroll the page instead.
      event.preventDefault();
      if (next !== index) setIndex(next);
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [index, count]);

  const go = (to: number) => setIndex(Math.min(count - 1, Math.max(0, to)));
  const current = slides[index];

  return (
    <div className="meeting" data-meeting-mode>
      <header className="meeting__bar">
        <div className="meeting__heading">
          <h1>{heading}</h1>
          <div className="meeting__context">{context}</div>
        </div>
        <div className="meeting__tools">
          {canFullscreen && (
            <button type="button" className="button button--secondary" aria-pressed={fullscreen} onClick={() => void toggleFullscreen()}>
              Helskärm
            </button>
          )}
          <a className="button button--secondary" href={exitHref}>
            Avsluta mötesläge
          </a>
        </div>
      </header>

      <div className="meeting__stage">
        {slides.map((s, i) => (
          <section key={s.key} className="meeting-slide" hidden={i !== index} aria-label={`${slidePosition(i, count)}: ${s.title}`} data-slide={i + 1}>
            {s.content}
          </section>
        ))}
      </div>

      <div className="meeting__footer">
        <nav className="meeting__nav" aria-label="Bilder">
          <button type="button" className="button button--secondary meeting__step" onClick={() => go(index - 1)} aria-disabled={index === 0}>
            <span aria-hidden="true">←</span> Föregående
          </button>
          <p className="meeting__position" aria-live="polite" aria-atomic="true">
            {slidePosition(index, count)}
            {current && <span className="visually-hidden">: {current.title}</span>}
          </p>
          <button type="button" className="button button--secondary meeting__step" onClick={() => go(index + 1)} aria-disabled={index === count - 1}>
            Nästa <span aria-hidden="true">→</span>
          </button>
        </nav>
        <p className="meeting__help">
          Bläddra med vänster- och högerpil, Page Up och Page Down eller en klickare. Home går till första bilden och End till sista.
        </p>
      </div>
    </div>
  );
}
