import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { actorMatches, formatReport, loadGold, main, score, scoresOf } from '../../scripts/eval.js';
import { tagText } from '../../shared/tagging/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/tagging/${name}`, import.meta.url));
const predictions = () => loadGold(fixture('tiny-gold.jsonl')).map((row) => ({ row, mentions: tagText(row.text) }));

describe('eval scoring', () => {
  it('computes precision, recall and F1 from counts', () => {
    expect(scoresOf({ tp: 3, fp: 1, fn: 1, tn: 5 })).toEqual({ tp: 3, fp: 1, fn: 1, tn: 5, precision: 0.75, recall: 0.75, f1: 0.75, n: 10 });
    expect(scoresOf({ tp: 0, fp: 0, fn: 0, tn: 2 }).f1).toBe(0);
  });

  it('scores each label on its non-null rows only', () => {
    const report = score(predictions());
    // sanctions: TP cameo-001, FP rams-001 (a real imposition the gold calls false), TN the rest; plover-001 is null.
    expect(report.labels.sanctions).toMatchObject({ tp: 1, fp: 1, fn: 0, tn: 3, n: 5 });
    // deployment: TP icbe-001, FN icbe-002 (no surface evidence), TN cameo rows and the police row; rams-001 is null.
    expect(report.labels.military_deployment).toMatchObject({ tp: 1, fp: 0, fn: 1, tn: 3, n: 5 });
  });

  it('breaks scores down by source prefix', () => {
    const report = score(predictions());
    expect(report.bySource.icbe?.military_deployment).toMatchObject({ tp: 1, fn: 1 });
    expect(report.bySource.rams?.military_deployment).toBeUndefined();
  });

  it('reports actor match over true positives with a gold actor', () => {
    const report = score(predictions());
    expect(report.actorMatch.sanctions).toEqual({ matched: 1, withGold: 1, share: 1 });
    expect(report.actorMatch.military_deployment).toEqual({ matched: 1, withGold: 1, share: 1 });
  });

  it('matches actors by country code or by name', () => {
    expect(actorMatches('United States of America', [{ kind: 'state', code: 'US', surface: 'Washington' }])).toBe(true);
    expect(actorMatches('UN Security Council', [{ kind: 'organisation', name: 'UN', surface: 'Security Council' }])).toBe(true);
    expect(actorMatches('Russia', [{ kind: 'state', code: 'US', surface: 'US' }])).toBe(false);
  });

  it('prints the PR curve and ends with the JSON summary line', () => {
    const text = formatReport(score(predictions()));
    const last = JSON.parse(text.trim().split('\n').at(-1) as string);
    expect(last.sanctions).toEqual({ precision: 0.5, recall: 1, f1: 0.667, n: 5 });
    expect(last.military_deployment).toEqual({ precision: 1, recall: 0.5, f1: 0.667, n: 5 });
    expect(text).toContain('0.1: P');
    expect(text).toContain('0.9: P');
  });
});

describe('eval command line', () => {
  it('fails clearly on a missing file', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(main(['/nonexistent/gold.jsonl'])).toBe(1);
    expect(String(stderr.mock.calls[0]?.[0])).toContain('cannot read gold file');
    stderr.mockRestore();
  });

  it('names the line and field of a bad row', () => {
    expect(() => loadGold(fixture('bad-gold.jsonl'))).toThrow(/bad-gold\.jsonl:1: sanctions:/);
  });

  it('prints usage without a file', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(main([])).toBe(2);
    stderr.mockRestore();
  });
});
