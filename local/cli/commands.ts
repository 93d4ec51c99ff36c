import { alertsCommand } from './alerts.js';
import { checkConfigCommand } from './check-config.js';
import type { CliCommand } from './command.js';
import { extractCommand } from './extract.js';
import { importCommand } from './import.js';
import { listsCommand } from './lists.js';
import { parseFeedCommand } from './parse-feed.js';
import { tagCommand } from './tag.js';

/** Every `tocsin` command, in the order `tocsin --help` lists them. */
export const COMMANDS: readonly CliCommand[] = [tagCommand, importCommand, checkConfigCommand, alertsCommand, extractCommand, parseFeedCommand, listsCommand];
