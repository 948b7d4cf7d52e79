import { MAX_FILE_BYTES } from './types';
import type { ImportFile } from './read-import';
import { baseName } from './table-name';

/**
 * What one browser upload may hold in all: two files at the largest size a file may have
 * (IMPORT.md: 50 MB a file), e.g. a large assessments file and the rest of the folder.
 * Larger imports go as a zip (each file in it up to 50 MB) or through the command line.
 */
export const MAX_UPLOAD_BYTES = 2 * MAX_FILE_BYTES;

/** The multipart field the page's file inputs (files and folder) both use. */
export const UPLOAD_FIELD = 'filer';

/** Operating systems and editors leave these beside real files; they are never import data. */
function isHidden(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

/**
 * The files of a `multipart/form-data` body, by their own name without the folder (a folder
 * upload names them `folder/units.csv`). Hidden files and empty file inputs are left out.
 * Null when the body is not a form with files at all.
 */
export async function filesOfUploadForm(body: Uint8Array, contentType: string): Promise<ImportFile[] | null> {
  if (!/^multipart\/form-data\s*;/i.test(contentType)) return null;
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return null;
  }
  const files: ImportFile[] = [];
  for (const value of form.getAll(UPLOAD_FIELD)) {
    if (typeof value === 'string') continue;
    const name = baseName(value.name);
    if (name === '' || isHidden(name)) continue;
    files.push({ name, data: new Uint8Array(await value.arrayBuffer()) });
  }
  return files;
}
