/** The import tables of IMPORT.md in plain Swedish, for the import page's summaries. */
const LABELS: Record<string, string> = {
  units: 'Enheter',
  roles: 'Roller',
  requirements: 'Krav',
  role_requirements: 'Krav per roll',
  people: 'Personer',
  rounds: 'Omgångar',
  invitations: 'Inbjudningar',
  assessments: 'Skattningar',
  effect_questions: 'Effektfrågor',
  effect_responses: 'Svar på effektfrågor',
  courses: 'Utbildningar',
  course_requirements: 'Utbildningar per krav',
  enrolments: 'Anmälningar till utbildningar',
  projects: 'Projekt',
  project_participants: 'Projektdeltagare',
  project_indicators: 'Projektindikatorer',
  introduction_items: 'Introduktionens punkter',
  introduction_completions: 'Genomförda introduktionspunkter',
  users: 'Användare och roller',
  translations: 'Översättningar',
};

export function importTableLabel(table: string): string {
  return LABELS[table] ?? table;
}
