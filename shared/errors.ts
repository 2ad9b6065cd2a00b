/**
 * Errors cross every boundary (IPC, the loopback bridge, the CLI) as plain values with a
 * stable code, never as thrown text, so the UI can react to the code and show the message.
 */
import { z } from 'zod';

export const ERROR_CODES = [
  'not_found',
  'conflict',
  'invalid_input',
  'locked',
  'forbidden',
  'unavailable',
  'internal',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z.unknown().optional(),
});
export type AppErrorValue = z.infer<typeof appErrorSchema>;

/** Thrown inside core; turned into an {@link AppErrorValue} by dispatch. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toValue(): AppErrorValue {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorValue };
