/** Every CLI command; `newsroom help` lists them. Add a command by adding its module here. */
import type { CliCommand } from '../command.js';
import { boardCommand } from './board.js';
import { exportCommand } from './export.js';
import { scheduleCommand } from './schedule.js';
import { taggerEvalCommand } from './tagger.js';

export const COMMANDS: CliCommand[] = [
  exportCommand,
  taggerEvalCommand,
  scheduleCommand,
  boardCommand,
];
