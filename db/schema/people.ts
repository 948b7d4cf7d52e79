import { date, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { employmentType } from './enums';
import { roles, units } from './organisation';

export const people = pgTable(
  'people',
  {
    id: serial('id').primaryKey(),
    employeeId: text('employee_id').notNull().unique(),
    name: text('name').notNull(),
    unitId: integer('unit_id').notNull().references(() => units.id),
    roleId: integer('role_id').notNull().references(() => roles.id),
    email: text('email'),
    employment: employmentType('employment'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    /** kvinna, man or annat, when the personnel system carries it: ESF reports split participants by it. */
    gender: text('gender'),
    /** Set when the person's personal data was removed on request or after the retention time. */
    pseudonymisedAt: timestamp('pseudonymised_at', { withTimezone: true }),
  },
  (t) => [index('people_unit_idx').on(t.unitId)],
);
