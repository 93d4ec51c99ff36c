import * as z from 'zod';

/**
 * Ids name topics, construct ids, metric dimensions and stored state, so a repeated id would
 * silently merge two entries: the whole file is refused instead. The check runs even when some
 * entry failed its schema, so a repeat is reported with every other problem in one pass.
 */
export const uniqueIds = (kind: string) =>
  z.superRefine<unknown[]>(
    (items, context) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
        if (typeof id !== 'string') return;
        if (seen.has(id)) context.addIssue({ code: 'custom', message: `${kind} id "${id}" appears more than once`, path: [index, 'id'] });
        seen.add(id);
      });
    },
    { when: (payload) => Array.isArray(payload.value) },
  );
