import type { Clock } from '../../shared/ports.js';

export const systemClock: Clock = { now: () => new Date() };
