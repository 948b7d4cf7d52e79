/**
 * The words of the survey's screens in one language. Content (requirements, levels, effect
 * questions) comes translated from the data layer; this is only the interface around it.
 */
export interface SurveyText {
  title: string;
  roundLine: (round: string, closesOn: string) => string;
  role: (role: string) => string;
  language: { label: string; button: string };
  progress: {
    stepOf: (current: number, total: number) => string;
    allSteps: string;
    done: string;
    current: string;
    todo: string;
  };
  steps: { effect: string; summary: string };
  question: {
    intro: string;
    numberOf: (current: number, total: number) => string;
    requiredLevel: (level: number, name: string) => string;
    otherAnswers: string;
    notKnown: string;
    notKnownHint: string;
    notUnderstood: string;
    notUnderstoodHint: string;
    readAloud: string;
    stopReading: string;
  };
  effect: {
    intro: string;
    agreeNot: string;
    agreeFully: string;
    /** Through a personal link: the question is answered, the answer is not shown. */
    answeredHidden: string;
  };
  navigation: { next: string; previous: string };
  summary: {
    intro: string;
    unanswered: (count: number) => string;
    notAnswered: string;
    yourAnswer: string;
    change: string;
    changeWhat: (name: string) => string;
    changeArea: (area: string) => string;
    submit: string;
    submitHint: (closesOn: string) => string;
    submittedOn: (date: string) => string;
  };
  done: { title: string; text: string; seeProfile: string; changeAnswers: string; changeUntil: (closesOn: string) => string };
  status: SaveStatusText;
  errors: { invalid: string; failed: (reference: string) => string };
  states: { noPerson: string; noRound: string; notStarted: string; seeProfile: string };
}

/** What the autosave status line says; plain strings, since they go to a client component. */
export interface SaveStatusText {
  /** Before the page's script has run (or without JavaScript). */
  initial: string;
  idle: string;
  saving: string;
  saved: string;
  offline: string;
  signedOut: string;
  failed: string;
  offlineNavigation: string;
}
