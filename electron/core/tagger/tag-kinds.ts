/** The tag kinds, re-exported for the tagger's pure modules. */
import type { z } from 'zod';
import type { tagKindSchema } from '../../../shared/domain.js';

export type TagKind = z.infer<typeof tagKindSchema>;
