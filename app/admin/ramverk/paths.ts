export const FRAMEWORKS_PATH = '/admin/ramverk';

export function frameworkPath(id: number, role?: string | null): string {
  return `${FRAMEWORKS_PATH}/${id}${role ? `?roll=${encodeURIComponent(role)}` : ''}`;
}

export function requirementPath(code: string): string {
  return `${FRAMEWORKS_PATH}/krav/${encodeURIComponent(code)}`;
}
