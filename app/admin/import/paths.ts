export const IMPORT_PATH = '/admin/import';
/** POST only: the upload form (multipart). Left out of the proxy, which would buffer it (proxy.ts). */
export const IMPORT_UPLOAD_URL = '/admin/import/uppladdning';
/** POST only: the confirmation form. */
export const IMPORT_CONFIRM_URL = '/admin/import/bekrafta';

export function uploadPath(id: string): string {
  return `${IMPORT_PATH}?uppladdning=${id}`;
}
