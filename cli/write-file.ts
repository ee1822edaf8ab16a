/**
 * Writes a file whole or not at all: the content goes to a temporary file beside the
 * target, which is then renamed over it (a rename within a directory is atomic). A
 * failure leaves the previous file, if any, untouched and removes the temporary one —
 * a half-written public feed must never reach a website.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
