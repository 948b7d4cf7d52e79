'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};
const hasSpeech = () => typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';

/** The best voice for a language: exactly it, else the same language in another country. */
function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis.getVoices();
  const wanted = lang.toLowerCase();
  const base = wanted.split('-')[0];
  return voices.find((v) => v.lang.toLowerCase() === wanted) ?? voices.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base);
}

/**
 * Reads a question aloud with the browser's own speech synthesis, in the survey's language.
 * Not shown where the browser has none (and not before the script runs).
 */
export function ReadAloud({ text, lang, label, stopLabel, subject }: { text: string; lang: string; label: string; stopLabel: string; subject: string }) {
  const supported = useSyncExternalStore(noSubscription, hasSpeech, () => false);
  const [speaking, setSpeaking] = useState(false);
  if (!supported) return null;

  const toggle = () => {
    const synth = window.speechSynthesis;
    synth.cancel();
    if (speaking) {
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    const voice = voiceFor(lang);
    if (voice) utterance.voice = voice;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(utterance);
  };

  return (
    <button type="button" className="read-aloud" onClick={toggle}>
      <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24">
        <path fill="currentColor" d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
      </svg>
      {speaking ? stopLabel : label}
      <span className="visually-hidden">: {subject}</span>
    </button>
  );
}
