/** The shape every domain's handler map must have: one async function per declared channel. */
import type { z } from 'zod';
import type { ChannelMap, ChannelSpec } from '../../../shared/contract/define.js';

export type HandlerMap<M extends ChannelMap> = {
  [C in keyof M]: M[C] extends ChannelSpec<infer Req, infer Res>
    ? (request: z.output<Req>) => Promise<z.input<Res>>
    : never;
};
