import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimFolder, DatabaseInUseError, folderOwner, OWNER_FILE } from './pglite-owner';

const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kk-owner-'));
const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function writeOwner(dir: string, pid: number): void {
  fs.writeFileSync(path.join(dir, OWNER_FILE), JSON.stringify({ pid, host: os.hostname(), command: 'next start', since: '2026-11-23T08:00:00.000Z' }));
}

describe('the owner of an embedded database folder', () => {
  it('refuses a folder whose owner is alive, naming it', () => {
    const dir = folder();
    const sleeper = spawn('sleep', ['30']);
    try {
      writeOwner(dir, sleeper.pid as number);
      expect(() => claimFolder(dir)).toThrow(DatabaseInUseError);
      expect(folderOwner(dir)?.pid).toBe(sleeper.pid);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('takes over a folder whose owner is a zombie (killed, not yet reaped): it holds nothing', async () => {
    const dir = folder();
    // `sleep 0.1` becomes the child of `sleep 30` (after exec), which never reaps it: a zombie.
    const parent = spawn('sh', ['-c', 'sleep 0.1 & echo $!; exec sleep 30']);
    try {
      const pid = await new Promise<number>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))));
      await later(400);
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      expect(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)).toBe('Z');
      writeOwner(dir, pid);
      expect(folderOwner(dir)).toBeNull();
      const release = claimFolder(dir);
      expect(JSON.parse(fs.readFileSync(path.join(dir, OWNER_FILE), 'utf8')).pid).toBe(process.pid);
      release();
      expect(fs.existsSync(path.join(dir, OWNER_FILE))).toBe(false);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});
