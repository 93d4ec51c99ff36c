import * as z from 'zod';
import { CATEGORIES, DEFAULT_ALERT_MODALITIES, DEPLOYMENT_SUBTYPES, SANCTIONS_SUBTYPES } from '../article/mention.js';
import { uniqueIds } from '../config-ids.js';
import { strictObject } from '../config/strict-object.js';
import { actorRefProblem } from './check-actors.js';
import { watchFiltersCheck } from './check-watch.js';

/** A state as its ISO 3166-1 alpha-2 code ("VE"), or an organisation by name ("EU", "NATO"); both checked against the gazetteer. */
const actorRef = z
  .string()
  .trim()
  .superRefine((ref, context) => {
    const problem = actorRefProblem(ref);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  })
  .transform((s) => s.toUpperCase());
const actorList = z.array(actorRef).min(1, 'leave the list out rather than empty: an empty list matches nothing');
const severity = z.enum(['low', 'medium', 'high']);

export const WatchSchema = strictObject({
  /** Stable id: it names the SNS topic and keys alert suppression, so do not rename it. */
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'expected 1 to 64 lowercase letters, digits and dashes'),
  name: z.string().min(1),
  categories: z.array(z.enum(CATEGORIES as [string, ...string[]])).min(1),
  subtypes: z.array(z.enum([...SANCTIONS_SUBTYPES, ...DEPLOYMENT_SUBTYPES])).min(1).optional(),
  /** Match when any agent (imposer, deployer) is one of these. */
  agents: actorList.optional(),
  /** Match when any patient (target, destination) is one of these. */
  patients: actorList.optional(),
  /** Match when either side is one of these. */
  countries: actorList.optional(),
  /** Only mentions whose patient is a state other than the agent (e.g. deployments abroad). */
  abroad: z.boolean().default(false),
  modalities: z
    .array(z.enum(['asserted', 'negated', 'hypothetical', 'planned', 'threatened', 'reported', 'historical']))
    .min(1)
    .default([...DEFAULT_ALERT_MODALITIES]),
  minConfidence: z.number().min(0).max(1).default(0.5),
  subscriptions: strictObject({
    email: z.array(z.email()).default([]),
    sms: z.array(z.string().regex(/^\+[1-9]\d{6,14}$/, 'expected an E.164 number such as "+15555550100"')).default([]),
    /** SNS filter: SMS only for these severities (e.g. ["high"]). Email gets every alert. */
    smsMinSeverity: severity.optional(),
  }).default({ email: [], sms: [] }),
}).check(watchFiltersCheck);
export type Watch = z.output<typeof WatchSchema>;
export type Severity = z.output<typeof severity>;

export const WatchesFileSchema = strictObject({ watches: z.array(WatchSchema).min(1).check(uniqueIds('watch')) });
