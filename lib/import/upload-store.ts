import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ImportFile } from './read-import';
import { clockNow } from '@/lib/clock/clock';

/**
 * Uploaded import files between the dry run and the confirmation, on the server's disk: a
 * folder per upload under the system's temporary folder, named by the uploader's user id and
 * a random id, readable by this process's user only. The files are removed when the import
 * is confirmed, and the whole folder an hour after the upload.
 */
export const UPLOAD_MAX_AGE_MS = 60 * 60 * 1000;

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUploadId(id: string): boolean {
  return ID.test(id);
}

export function uploadRoot(): string {
  return path.join(os.tmpdir(), 'kompetenskartan-import');
}

function folderOf(userId: number, id: string): string | null {
  if (!Number.isInteger(userId) || !isUploadId(id)) return null;
  return path.join(uploadRoot(), `${userId}-${id}`);
}

interface Envelope<T> {
  createdAt: string;
  fileNames: string[];
  meta: T;
}

/** Stores the files (or none, e.g. for a rejected upload) and a description; returns the id. */
export async function createUpload<T>(userId: number, files: ImportFile[] | null, meta: T): Promise<string> {
  const id = randomUUID();
  const folder = folderOf(userId, id) as string;
  await mkdir(uploadRoot(), { recursive: true, mode: 0o700 });
  await mkdir(path.join(folder, 'files'), { recursive: true, mode: 0o700 });
  const list = files ?? [];
  for (const [i, file] of list.entries()) await writeFile(path.join(folder, 'files', String(i)), file.data, { mode: 0o600 });
  const envelope: Envelope<T> = { createdAt: clockNow().toISOString(), fileNames: list.map((f) => f.name), meta };
  await writeFile(path.join(folder, 'upload.json'), JSON.stringify(envelope), { mode: 0o600 });
  return id;
}

async function readEnvelope<T>(folder: string): Promise<Envelope<T> | null> {
  try {
    return JSON.parse(await readFile(path.join(folder, 'upload.json'), 'utf8')) as Envelope<T>;
  } catch {
    return null;
  }
}

/** The description of one of this user's uploads; null when unknown, someone else's or expired. */
export async function readUpload<T>(userId: number, id: string, now = clockNow().getTime()): Promise<{ createdAt: string; meta: T } | null> {
  const folder = folderOf(userId, id);
  if (!folder) return null;
  const envelope = await readEnvelope<T>(folder);
  if (!envelope) return null;
  if (now - Date.parse(envelope.createdAt) > UPLOAD_MAX_AGE_MS) {
    await rm(folder, { recursive: true, force: true });
    return null;
  }
  return { createdAt: envelope.createdAt, meta: envelope.meta };
}

/** The stored files, in upload order; null when they are gone (confirmed, expired or never kept). */
export async function readUploadFiles(userId: number, id: string): Promise<ImportFile[] | null> {
  const folder = folderOf(userId, id);
  if (!folder) return null;
  const envelope = await readEnvelope(folder);
  if (!envelope || envelope.fileNames.length === 0) return null;
  try {
    const files: ImportFile[] = [];
    for (const [i, name] of envelope.fileNames.entries()) {
      files.push({ name, data: new Uint8Array(await readFile(path.join(folder, 'files', String(i)))) });
    }
    return files;
  } catch {
    return null;
  }
}

/** Replaces the description and removes the files, e.g. once the import has run. */
export async function finishUpload<T>(userId: number, id: string, meta: T): Promise<void> {
  const folder = folderOf(userId, id);
  const envelope = folder ? await readEnvelope<T>(folder) : null;
  if (!folder || !envelope) return;
  await rm(path.join(folder, 'files'), { recursive: true, force: true });
  const next: Envelope<T> = { createdAt: envelope.createdAt, fileNames: [], meta };
  await writeFile(path.join(folder, 'upload.json'), JSON.stringify(next), { mode: 0o600 });
}

export async function removeUpload(userId: number, id: string): Promise<void> {
  const folder = folderOf(userId, id);
  if (folder) await rm(folder, { recursive: true, force: true });
}

/** Removes every upload (anyone's) older than an hour; called on each new upload. */
export async function sweepUploads(now = clockNow().getTime()): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(uploadRoot());
  } catch {
    return;
  }
  for (const entry of entries) {
    const folder = path.join(uploadRoot(), entry);
    try {
      const envelope = await readEnvelope(folder);
      const created = envelope ? Date.parse(envelope.createdAt) : (await stat(folder)).mtimeMs;
      if (now - created > UPLOAD_MAX_AGE_MS) await rm(folder, { recursive: true, force: true });
    } catch {
      // Removed by a concurrent sweep.
    }
  }
}
