import { ProjectLinks } from '@/components/steering/project-links';
import type { Viewer } from '@/lib/auth/viewer';
import { listSteeringProjects } from '@/lib/data/steering';

/** The projects the viewer follows as a steering-group member (theirs) or as HR and administrator (all). */
export async function SteeringProjectsSection({ viewer }: { viewer: Viewer }) {
  const projects = await listSteeringProjects(viewer);
  const own = new Set(viewer.kind === 'user' ? viewer.roles.flatMap((g) => (g.role === 'steering' && g.projectCode ? [g.projectCode] : [])) : []);
  // The viewer's own projects first, then the others, each group in the data layer's order.
  const links = [...projects.filter((p) => own.has(p.code)), ...projects.filter((p) => !own.has(p.code))].map((p) => ({ ...p, own: own.has(p.code) }));
  return <ProjectLinks projects={links} />;
}
