// A second organisation's import files, written to a folder: the shared-database test imports
// them from the command line while the app serves staff. Large enough that the import takes a
// while (people × requirements answers in one round), all of its codes its own (NY-…), its round
// closed before the tests' day. Generated here so the test needs nothing outside the repository.
import fs from 'node:fs';
import path from 'node:path';
import { csv } from '@/tests/support/csv-import';

export interface SecondOrganisation {
  dir: string;
  rootUnit: string;
  round: string;
  units: number;
  people: number;
  assessments: number;
}

const REQUIREMENTS = 8;

export function writeSecondOrganisation(dir: string, people: number): SecondOrganisation {
  fs.mkdirSync(dir, { recursive: true });
  const units = [['NY', 'Nyby kommun', '', 'kommun'], ['NY-VO', 'Vård och omsorg i Nyby', 'NY', 'forvaltning']];
  for (let u = 1; u <= 20; u++) units.push([`NY-E${String(u).padStart(2, '0')}`, `Nyby enhet ${u}`, 'NY-VO', 'enhet']);
  const requirements = Array.from({ length: REQUIREMENTS }, (_, i) => [`NY-K${i + 1}`, `Nybys krav ${i + 1}`, 'Nyby', 'Nybys yrkeskrav']);
  const roleRequirements = ['NY-USK', 'NY-SSK'].flatMap((role, r) => requirements.map(([code], i) => [role, code as string, 2 + ((i + r) % 3), 1]));
  const staff = Array.from({ length: people }, (_, p) => [`NY${String(p + 1).padStart(6, '0')}`, `Person ${p + 1} i Nyby`, units[2 + (p % 20)]?.[0] as string, p % 4 === 0 ? 'NY-SSK' : 'NY-USK', '', 'tillsvidare', '2020-01-13', '']);
  const answers = staff.flatMap(([id], p) => requirements.map(([code], i) => ['NY-2025', id as string, code as string, (p * 7 + i * 3) % 5, 'self', '2025-10-08', '', '']));
  const files: Record<string, string> = {
    'units.csv': csv('code,name,parent_code,kind', units),
    'roles.csv': csv('code,name', [['NY-USK', 'Undersköterska i Nyby'], ['NY-SSK', 'Sjuksköterska i Nyby']]),
    'requirements.csv': csv('code,name,area,framework', requirements),
    'role_requirements.csv': csv('role_code,requirement_code,required_level,weight', roleRequirements),
    'people.csv': csv('employee_id,name,unit_code,role_code,email,employment,start_date,end_date', staff),
    'rounds.csv': csv('code,name,opens_on,closes_on,kind', [['NY-2025', 'Nybys kartläggning hösten 2025', '2025-10-06', '2025-10-31', 'kompetens']]),
    'assessments.csv': csv('round_code,employee_id,requirement_code,level,source,assessed_on,unit_code,role_code', answers),
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return { dir, rootUnit: 'NY', round: 'NY-2025', units: units.length, people, assessments: answers.length };
}
