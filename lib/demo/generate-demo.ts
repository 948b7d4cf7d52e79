// The demo data set of Exempelby kommun as a `ParsedImport`, so it loads through the same
// validation and writer as a user's import. Deterministic: the same load day gives the same
// output on every call; the dates are placed relative to that day (calendar.ts).
import type { ParsedImport } from '@/lib/import/types';
import { assessmentsTable, generateAssessments } from './answers';
import { demoCalendar, placeDemo } from './calendar';
import {
  completionsByRequirement,
  courseRequirementsTable,
  coursesTable,
  enrolmentsTable,
  generateEnrolments,
} from './courses';
import { effectResponsesTable, generateEffectResponses } from './effect';
import { generateIntroductionCompletions, introductionCompletionsTable, introductionItemsTable } from './introduction';
import { rolesTable, unitsTable } from './organisation';
import { generatePeople, peopleTable } from './people';
import { generateParticipants, projectIndicatorsTable, projectParticipantsTable, projectsTable } from './project';
import { requirementsTable, roleRequirementsTable } from './requirements';
import { invitationsTable, roundsTable } from './rounds';
import { translationsTable } from './translations';
import { usersTable } from './users';

/** The demo as loaded on `loadDay` (YYYY-MM-DD): the written story moved by whole weeks onto that day. */
export function generateDemo(loadDay: string): ParsedImport {
  return placeDemo(generateWrittenDemo(), demoCalendar(loadDay));
}

/** The demo with the dates it is written for (the anchor week of calendar.ts). */
function generateWrittenDemo(): ParsedImport {
  const people = generatePeople();
  const enrolments = generateEnrolments(people);
  const participants = generateParticipants(people);
  const participantIds = new Set(participants.map((p) => p.employeeId));
  const assessments = generateAssessments({
    people,
    completions: completionsByRequirement(enrolments),
    participants: participantIds,
  });
  const effectRows = generateEffectResponses({
    people,
    enrolments,
    participants: participantIds,
    respondents: assessments.respondents,
  });

  // No effect_questions table: the standard questions exist without import.
  return {
    tables: {
      units: unitsTable(),
      roles: rolesTable(),
      requirements: requirementsTable(),
      role_requirements: roleRequirementsTable(),
      people: peopleTable(people),
      rounds: roundsTable(),
      invitations: invitationsTable(people),
      assessments: assessmentsTable(assessments.rows),
      effect_responses: effectResponsesTable(effectRows),
      courses: coursesTable(),
      course_requirements: courseRequirementsTable(),
      enrolments: enrolmentsTable(enrolments),
      projects: projectsTable(),
      project_participants: projectParticipantsTable(participants),
      project_indicators: projectIndicatorsTable(),
      introduction_items: introductionItemsTable(),
      introduction_completions: introductionCompletionsTable(generateIntroductionCompletions(people)),
      users: usersTable(),
      translations: translationsTable(),
    },
    problems: [],
    warnings: [],
  };
}
