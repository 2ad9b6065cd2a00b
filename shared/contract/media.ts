/** Channels for media files: images imported into the store's media folder. */
import { z } from 'zod';
import { channels } from './define.js';

/** Largest image accepted, before base64 (the bridge's body limit is 25 MB of base64). */
export const MEDIA_MAX_BYTES = 15 * 1024 * 1024;

export const mediaSrcSchema = z
  .string()
  .regex(/^media\/[a-f0-9]{64}\.(jpg|png|webp|gif)$/, 'a media source is media/<sha256>.<ext>');

export const mediaChannels = channels({
  'media:import': {
    request: z.object({
      fileName: z.string().min(1).max(255),
      /** The file's bytes, base64; at most MEDIA_MAX_BYTES once decoded. */
      dataBase64: z
        .string()
        .min(1)
        .max(Math.ceil(MEDIA_MAX_BYTES / 3) * 4 + 4),
    }),
    response: z.object({
      src: mediaSrcSchema,
      type: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/gif']),
      bytes: z.number().int(),
    }),
  },
});
