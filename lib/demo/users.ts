// The demo's sign-in users: one per kind of user the product serves, shown as buttons on
// /logga-in when AUTH_DEMO=true. People with an employee_id are real demo staff records.
import type { RawTable } from '@/lib/import/types';
import { DEMO_PROJECT } from './constants';
import { toRawTable } from './table';

export const DEMO_USERS = [
  { email: 'sara.lind@exempelby.example', name: 'Sara Lind', role: 'admin' },
  { email: 'johan.ek@exempelby.example', name: 'Johan Ek', role: 'hr' },
  // Chef of an elder-care unit (Solgården), and a staff member there.
  { email: 'karin.olofsson@exempelby.example', name: 'Karin Olofsson', role: 'chef', unit_code: 'EXB-VO-ALD-01', employee_id: 'D10004' },
  // Chef elsewhere in the tree (social services: Barn och unga).
  { email: 'joakim.pettersson@exempelby.example', name: 'Joakim Pettersson', role: 'chef', unit_code: 'EXB-SOC-IFO-01', employee_id: 'D10213' },
  { email: 'eva.styrman@exempelby.example', name: 'Eva Styrman', role: 'steering', project_code: DEMO_PROJECT.code },
  { email: 'mariam.jaber@exempelby.example', name: 'Mariam Jaber', role: 'staff', employee_id: 'D10144' },
  { email: 'linda.pettersson@exempelby.example', name: 'Linda Pettersson', role: 'staff', employee_id: 'D10155' },
] as const;

export function usersTable(): RawTable {
  return toRawTable('users', ['email', 'name', 'role', 'unit_code', 'project_code', 'employee_id'], DEMO_USERS);
}
