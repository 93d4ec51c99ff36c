import * as z from 'zod';
import { CATEGORIES, DEPLOYMENT_SUBTYPES, SANCTIONS_SUBTYPES, type Category } from '../article/mention.js';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

const categoryOfSubtype = (subtype: string): Category | undefined =>
  (SANCTIONS_SUBTYPES as readonly string[]).includes(subtype)
    ? 'sanctions'
    : (DEPLOYMENT_SUBTYPES as readonly string[]).includes(subtype)
      ? 'military-deployment'
      : undefined;

function checkFilters(watch: Record<string, unknown>, context: z.RefinementCtx): void {
  const categories = strings(watch.categories);
  // A misspelt category is reported by the schema; judging subtypes against the rest would mislead.
  const categoriesValid = categories.length > 0 && categories.every((c) => (CATEGORIES as readonly string[]).includes(c));
  if (categoriesValid) {
    strings(watch.subtypes).forEach((subtype, index) => {
      const category = categoryOfSubtype(subtype);
      if (category && !categories.includes(category)) {
        context.addIssue({
          code: 'custom',
          path: ['subtypes', index],
          message: `"${subtype}" is a ${category} subtype, but categories lists only ${categories.join(', ')}: it can never match`,
        });
      }
    });
  }
  if (watch.abroad === true && Array.isArray(watch.agents) && Array.isArray(watch.patients)) {
    const named = new Set([...strings(watch.agents), ...strings(watch.patients)].map((s) => s.trim().toUpperCase()));
    if (named.size === 1) {
      context.addIssue({
        code: 'custom',
        path: ['abroad'],
        message: `abroad asks for a patient other than the agent, but agents and patients both name only ${[...named][0]}: it can never match`,
      });
    }
  }
}

/**
 * Filters that each parse but together can never match a mention: a subtype of a category the
 * watch does not list, or `abroad` when agents and patients name only the same one actor. It runs
 * even when another field failed, so these are reported in the same pass as the rest.
 */
export const watchFiltersCheck = z.superRefine<Record<string, unknown>>(checkFilters, {
  when: (payload) => payload.value !== null && typeof payload.value === 'object',
});
