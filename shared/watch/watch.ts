import * as z from 'zod';
import { CATEGORIES, DEFAULT_ALERT_MODALITIES, DEPLOYMENT_SUBTYPES, SANCTIONS_SUBTYPES } from '../article/mention.js';
import { uniqueIds } from '../config-ids.js';
import { strictObject } from '../config/strict-object.js';
import { actorRefProblem } from './check-actors.js';
import { watchFiltersCheck } from './check-watch.js';
import { isTimeZone } from './schedule.js';

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
/** A named party, a sanctions list, a list entry or a program: free text, matched upper-case against linked actors. */
const entityRef = z
  .string()
  .trim()
  .min(2, 'expected a name ("BANDES"), a list ("us-ofac-sdn"), an entry ("us-ofac-sdn:26587") or a program ("VENEZUELA-EO13850")')
  .transform((s) => s.toUpperCase());
const severity = z.enum(['low', 'medium', 'high']);
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour time such as "08:00"');
const timeZone = z
  .string()
  .refine(isTimeZone, { error: (issue) => `expected an IANA time zone such as "Europe/London", got ${JSON.stringify(issue.input)}` });

/** How alerts reach subscribers: one message per alert, or a digest per hour or per day. */
const delivery = z.discriminatedUnion('mode', [
  strictObject({ mode: z.literal('realtime') }),
  /** A digest every hour at `minute` past the hour, local time. */
  strictObject({ mode: z.literal('hourly'), minute: z.number().int().min(0).max(59).default(0), timeZone: timeZone.default('UTC') }),
  /** A digest every day at `at`, local time. */
  strictObject({ mode: z.literal('daily'), at: clockTime, timeZone: timeZone.default('UTC') }),
]);

/** A nightly window: alerts decided inside it are held to its end, or only critical (high-severity) ones go out. */
const quietHours = strictObject({ start: clockTime, end: clockTime, timeZone, during: z.enum(['hold', 'critical-only']).default('hold') })
  .refine((q) => q.start !== q.end, { error: 'quietHours: start and end must differ' });

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
  /**
   * Match when any named party (either side) is one of these: a name ("BANDES"), a sanctions list
   * ("us-ofac-sdn"), a list entry ("us-ofac-sdn:26587") or a program ("VENEZUELA-EO13850").
   */
  entities: z.array(entityRef).min(1, 'leave the list out rather than empty: an empty list matches nothing').optional(),
  /**
   * Designation alerts: when a list adds an entry in this watch's `entities` (any entry, without them)
   * that stored articles of the last 90 days named at least `minArticles` times (0: every addition).
   */
  designations: strictObject({ minArticles: z.number().int().min(0).default(1) }).optional(),
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
  delivery: delivery.default({ mode: 'realtime' }),
  /** Realtime alerts past this many in one hour (UTC clock hour) roll into the next hour's roll-up. */
  maxPerHour: z.number().int().min(1).optional(),
  quietHours: quietHours.optional(),
}).check(watchFiltersCheck);
export type Watch = z.output<typeof WatchSchema>;
export type Severity = z.output<typeof severity>;
export type Delivery = z.output<typeof delivery>;
export type QuietHours = z.output<typeof quietHours>;

export const WatchesFileSchema = strictObject({ watches: z.array(WatchSchema).min(1).check(uniqueIds('watch')) });
