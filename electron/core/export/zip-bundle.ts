/**
 * The bundle as one .zip (yazl), for newsrooms that upload an archive. Entries in sorted
 * order with a fixed timestamp, so the same bundle gives the same archive; written to a
 * temp file and renamed, so a half-written archive never takes the name.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ZipFile } from 'yazl';
import { AppError } from '../../../shared/errors.js';
import { resolveInsideBundle } from './site-paths.js';

const FIXED_TIME = new Date('2000-01-01T00:00:00Z');

export async function zipFolder(folder: string, zipPath: string, paths: string[]): Promise<string> {
  if (!zipPath.endsWith('.zip'))
    throw new AppError('invalid_input', 'The archive name must end in .zip.');
  if (zipPath.startsWith(`${folder}/`) || zipPath === folder) {
    throw new AppError(
      'invalid_input',
      'The archive cannot be written inside the bundle it archives.',
    );
  }
  await mkdir(dirname(zipPath), { recursive: true });
  const temp = `${zipPath}.${process.pid}.tmp`;
  const zip = new ZipFile();
  for (const path of paths) {
    zip.addFile(resolveInsideBundle(folder, path), path, {
      mtime: FIXED_TIME,
      mode: 0o100644,
      compress: !/\.(jpe?g|png|webp|gif|avif)$/.test(path),
    });
  }
  try {
    await new Promise<void>((done, fail) => {
      const out = createWriteStream(temp);
      out.on('close', () => done());
      out.on('error', fail);
      zip.outputStream.on('error', fail);
      zip.outputStream.pipe(out);
      zip.end();
    });
    await rename(temp, zipPath);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return join(zipPath);
}
