/** Copies an image file chosen by the writer into the store's media folder. */
import { MEDIA_MAX_BYTES } from '@shared/contract/media';
import { call } from '../../bridge/transport';

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

export async function importImageFile(file: File): Promise<string> {
  if (file.size > MEDIA_MAX_BYTES) {
    throw new Error(
      `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; images may be at most ${MEDIA_MAX_BYTES / 1024 / 1024} MB.`,
    );
  }
  const { src } = await call('media:import', {
    fileName: file.name,
    dataBase64: await readAsBase64(file),
  });
  return src;
}
