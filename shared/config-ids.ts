import type * as z from 'zod';

/**
 * Ids name topics, construct ids, metric dimensions and stored state, so a repeated id would
 * silently merge two entries: the whole file is refused instead.
 */
export const uniqueIds =
  (kind: string) =>
  (items: readonly { id: string }[], context: z.RefinementCtx): void => {
    const seen = new Set<string>();
    items.forEach(({ id }, index) => {
      if (seen.has(id)) context.addIssue({ code: 'custom', message: `${kind} id "${id}" appears more than once`, path: [index, 'id'] });
      seen.add(id);
    });
  };
