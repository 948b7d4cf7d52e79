'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent, type ReactNode } from 'react';
import type { SaveStatusText } from '@/lib/i18n/types';
import { answerFromField, fieldOfAnswer } from './answer-fields';
import { createAutosave, type Autosave, type SaveState, type SendAnswers } from './autosave';

export interface SurveyFormProps {
  /** The server action of the step: it saves the step's answers and moves on (also without JavaScript). */
  action: (formData: FormData) => Promise<void>;
  /** Autosave: stores a batch of answers on the server (a server action). */
  save: SendAnswers;
  /** The browser queue of this person's answers in this round. */
  storageKey: string;
  text: SaveStatusText;
  /** The step's heading: it takes focus when the person has moved here from another step. */
  headingId: string;
  /** The summary: when queued answers reach the server, show them; say nothing until then. */
  refreshAfterSending?: boolean;
  className?: string;
  /** The questions (server-rendered). */
  children: ReactNode;
  /** The step's buttons, below the save status. */
  buttons: ReactNode;
}

const RETRY_MS = 15_000;
const noSubscription = () => () => {};

// A step shown after a move within the survey (not a page load) takes focus at its heading.
let movedWithinSurvey = false;

/**
 * The one client island of a survey step. The server renders the whole form; this adds
 * autosave (every choice goes to the server at once, through a queue in localStorage that
 * survives a lost connection and a reload), the saved / not saved status, and focus on the
 * next step's heading.
 */
export function SurveyForm({ action, save, storageKey, text, headingId, refreshAfterSending = false, className, children, buttons }: SurveyFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const autosave = useRef<Autosave | null>(null);
  const [state, setState] = useState<SaveState | null>(null);
  const [blocked, setBlocked] = useState(false);
  const scriptRunning = useSyncExternalStore(noSubscription, () => true, () => false);
  const router = useRouter();

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const saver = createAutosave({ send: save, storageKey, onState: setState });
    autosave.current = saver;

    // Answers given on this device but not yet stored win over what the server rendered.
    for (const answer of saver.pending()) {
      const { name, value } = fieldOfAnswer(answer);
      const field = form.elements.namedItem(name);
      if (field instanceof RadioNodeList) field.value = value;
    }
    void saver.flush().then((sent) => {
      if (sent && refreshAfterSending) router.refresh();
    });

    // A native listener: arrow keys in a radio group fire `change`, not always a click.
    const onChange = (event: Event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'radio' || !input.checked) return;
      const answer = answerFromField(input.name, input.value);
      if (!answer) return;
      setBlocked(false);
      saver.save(answer);
    };
    const retry = () => {
      if (saver.pending().length > 0) void saver.flush();
    };
    const onOffline = () => {
      if (saver.pending().length > 0) setState({ kind: 'offline' });
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') retry();
    };
    form.addEventListener('change', onChange);
    window.addEventListener('online', retry);
    window.addEventListener('offline', onOffline);
    document.addEventListener('visibilitychange', onHidden);
    // `online` is not always fired (captive portals, sleeping phones): try again now and then.
    const timer = window.setInterval(retry, RETRY_MS);

    if (movedWithinSurvey) document.getElementById(headingId)?.focus();
    movedWithinSurvey = true;

    return () => {
      form.removeEventListener('change', onChange);
      window.removeEventListener('online', retry);
      window.removeEventListener('offline', onOffline);
      document.removeEventListener('visibilitychange', onHidden);
      window.clearInterval(timer);
    };
  }, [save, storageKey, headingId, refreshAfterSending, router]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // Without a connection the next step cannot load: stay, the answers wait in the queue.
    if (!navigator.onLine) {
      event.preventDefault();
      setBlocked(true);
      return;
    }
    void autosave.current?.flush();
  };

  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className={className}>
      {children}
      <div className={state || blocked || !refreshAfterSending ? 'survey-status-bar' : 'survey-status-bar survey-status-bar--quiet'}>
        <p role="status" aria-live="polite" className={`survey-status survey-status--${state?.kind ?? 'idle'}`}>
          {state || !refreshAfterSending ? <StatusText state={state} text={text} scriptRunning={scriptRunning} /> : null}
        </p>
        {blocked && (
          <p role="alert" className="survey-status survey-status--offline">
            {text.offlineNavigation}
          </p>
        )}
      </div>
      {buttons}
    </form>
  );
}

function StatusText({ state, text, scriptRunning }: { state: SaveState | null; text: SaveStatusText; scriptRunning: boolean }) {
  if (!state) return <>{scriptRunning ? text.idle : text.initial}</>;
  switch (state.kind) {
    case 'saving':
      return <>{text.saving}</>;
    case 'saved':
      return (
        <>
          <span aria-hidden="true">✓ </span>
          {text.saved}
        </>
      );
    case 'offline':
      return (
        <>
          <span aria-hidden="true">! </span>
          {text.offline}
        </>
      );
    case 'signed-out':
      return (
        <>
          <span aria-hidden="true">! </span>
          {text.signedOut}
        </>
      );
    case 'failed':
      return (
        <>
          <span aria-hidden="true">! </span>
          {text.failed} {state.message}
        </>
      );
  }
}
