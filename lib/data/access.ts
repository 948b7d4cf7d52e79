import 'server-only';
import { cache } from 'react';
import type { DbOrTx } from '@/db/client';
import { allUnits } from '@/db/queries/reference-data';
import { personUnitCode, projectUnitCodes } from '@/db/queries/users';
import { FULL_ACCESS, NO_ACCESS, type AccessProfile } from '@/lib/domain/access';
import { hasRole, type Viewer } from '@/lib/auth/viewer';

/**
 * Turns a viewer's roles into the units and people they may see (DOMAIN.md "Who may see what").
 * Once per request and viewer in a server render (React's `cache`; the viewer is re-read from the
 * database on every request); elsewhere on every call.
 */
export const accessProfile = cache(accessProfileUncached);

async function accessProfileUncached(db: DbOrTx, viewer: Viewer): Promise<AccessProfile> {
  switch (viewer.kind) {
    case 'system':
      return FULL_ACCESS;
    case 'anonymous':
      return NO_ACCESS;
    case 'invitation':
      return { ...NO_ACCESS, selfPersonId: viewer.personId };
    case 'apiKey': {
      // Aggregates only, never individuals: a key scoped to a unit sees it and everything below;
      // an organisation-wide key sees every top unit's tree.
      const roots = viewer.unitCode ? [viewer.unitCode] : (await allUnits(db)).filter((u) => u.parentCode === null).map((u) => u.code);
      return { ...NO_ACCESS, aggregateRoots: roots };
    }
    case 'user': {
      if (hasRole(viewer, 'admin', 'hr')) return { ...FULL_ACCESS, selfPersonId: viewer.personId, organisationSignIn: true };
      const chefUnits = viewer.roles.filter((g) => g.role === 'chef' && g.unitCode).map((g) => g.unitCode as string);
      const aggregateRoots = [...chefUnits];
      if (hasRole(viewer, 'staff') && viewer.personId !== null) {
        const own = await personUnitCode(db, viewer.personId);
        if (own) aggregateRoots.push(own);
      }
      const projects = viewer.roles.filter((g) => g.role === 'steering' && g.projectCode).map((g) => g.projectCode as string);
      for (const u of await projectUnitCodes(db, projects)) aggregateRoots.push(u.code);
      return {
        everything: false,
        aggregateRoots: [...new Set(aggregateRoots)],
        individualRoots: chefUnits,
        selfPersonId: viewer.personId,
        organisationSignIn: true,
      };
    }
  }
}
