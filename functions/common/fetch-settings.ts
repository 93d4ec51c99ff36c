import { ENV } from './env-names.js';

/** Loopback is reachable only when the local demo or a test says so explicitly; never on AWS. */
export const loopbackAllowedByEnv = (): boolean => process.env[ENV.allowLoopbackFetch] === 'true';
