import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Actor, Mention } from '../../shared/article/mention.js';
import {
  CANDIDATE,
  JUDGEMENTS_FILE,
  KIT_ROOT,
  NewsKit,
  actorsConsistent,
  agFieldText,
  candidateSentences,
  formatNewsErrors,
  formatNewsReport,
  main,
  parseJudgements,
  resolveJudgements,
  scoreNews,
  sentenceOf,
  sentenceSha,
  splitSentences,
  type GoldEvent,
  type JudgedSentence,
  type NewsDocument,
} from '../../scripts/eval-news.js';

const state = (code: string): Actor => ({ kind: 'state', code, surface: code });

/** A mention of `category` whose trigger is `word` inside `doc`'s text. */
function mentionAt(doc: NewsDocument, word: string, over: Partial<Mention> = {}): Mention {
  const start = doc.text.indexOf(word);
  if (start < 0) throw new Error(`no ${word} in the test document`);
  return {
    category: 'military-deployment',
    subtype: 'deployed',
    modality: 'asserted',
    agents: [],
    patients: [],
    trigger: { start, end: start + word.length, text: word },
    evidence: { start, end: start + word.length, text: word },
    ruleId: 'test.rule',
    confidence: 0.9,
    ...over,
  };
}

const event = (over: Partial<GoldEvent> = {}): GoldEvent => ({
  category: 'military-deployment',
  subtype: 'deployed',
  alertGrade: true,
  agents: [],
  patients: [],
  reason: 'made-up event',
  ...over,
});

/** Judged sentences of a made-up document: one per entry, in order, each with its gold events. */
function judged(doc: NewsDocument, entries: [sentence: string, events: GoldEvent[]][]): JudgedSentence[] {
  return entries.map(([sentence, events], i) => {
    const start = doc.text.indexOf(sentence);
    return { doc, start, end: start + sentence.length, text: sentence, events, reason: 'no event', line: i + 1 };
  });
}

const madeUp = (text: string): NewsDocument => ({ corpus: 'bbc', id: 'made-up', text });

describe('splitSentences', () => {
  const texts = (text: string, opts?: { lineWraps?: boolean }) => splitSentences(text, opts).map((s) => text.slice(s.start, s.end));

  it('ends sentences at stops before a capital, not after abbreviations or initials', () => {
    expect(texts('Gen. Smith said U.S. troops left. They went home! Did they? Yes.')).toEqual([
      'Gen. Smith said U.S. troops left.',
      'They went home!',
      'Did they?',
      'Yes.',
    ]);
  });

  it('keeps closing quotes with their sentence and does not split before a lower-case word', () => {
    expect(texts('He said "we left." Then 3 ships sailed. It cost $2.5bn. e.g. not here.')).toEqual([
      'He said "we left."',
      'Then 3 ships sailed.',
      'It cost $2.5bn. e.g. not here.',
    ]);
  });

  it('ends a sentence at a line break unless the next line starts in lower case', () => {
    expect(texts('A title\n\nFirst line. It\ngoes on.\nNext line')).toEqual(['A title', 'First line.', 'It\ngoes on.', 'Next line']);
  });

  it('treats single line breaks as wraps when asked, blank lines still ending a sentence', () => {
    expect(texts('Troops crossed\nThe border today.\n\nNew paragraph', { lineWraps: true })).toEqual([
      'Troops crossed\nThe border today.',
      'New paragraph',
    ]);
  });
});

describe('agFieldText', () => {
  it('reads a backslash as a line break and an escaped dollar as a dollar', () => {
    expect(agFieldText('a dwindling\\band paid \\$8 billion')).toBe('a dwindling\nband paid $8 billion');
  });

  it('decodes character references whose ampersand became a space, leaving intact ones', () => {
    expect(agFieldText('it doesn #39;t, the  #36;10 deal, a  quot;quote quot; and &lt;b&gt;')).toBe(
      'it doesn\'t, the $10 deal, a "quote" and &lt;b&gt;',
    );
  });
});

describe('candidate sentences', () => {
  it('hits measures, force nouns and movement words, and not unrelated prose', () => {
    for (const hit of ['Ministers froze the assets.', 'The frigates sailed.', 'They redeployed.', 'A travel ban on officials.']) {
      expect(CANDIDATE.test(hit), hit).toBe(true);
    }
    for (const miss of ['Prices rose in May.', 'The treaty was signed.', 'Shipbuilders were pleased.']) expect(CANDIDATE.test(miss), miss).toBe(false);
  });

  it('picks only the candidate sentences of a document', () => {
    const doc = madeUp('Rain fell. Soldiers left the base. Markets rose.');
    expect(candidateSentences(doc).map((s) => doc.text.slice(s.start, s.end))).toEqual(['Soldiers left the base.']);
  });
});

describe('parseJudgements', () => {
  const line = (over: Record<string, unknown> = {}) =>
    JSON.stringify({ doc: { corpus: 'ag', id: 3 }, start: 0, end: 5, sha: 'abcdef012345', events: [], reason: 'x', ...over });

  it('reads AG ids as strings and keeps the line number', () => {
    const [j] = parseJudgements(`\n${line()}\n`, 'j.jsonl');
    expect(j).toMatchObject({ doc: { corpus: 'ag', id: '3' }, line: 2 });
  });

  it.each([
    ['not JSON', '{', /j\.jsonl:1: not JSON/],
    ['a subtype of the other category', line({ events: [{ ...event(), subtype: 'imposed' }], reason: undefined }), /j\.jsonl:1: events\.0: subtype/],
    ['a sentence with neither event nor reason', line({ reason: undefined }), /needs a reason/],
    ['an empty span', line({ end: 0 }), /end/],
  ])('names the line and field of %s', (_, text, error) => {
    expect(() => parseJudgements(text, 'j.jsonl')).toThrow(error);
  });

  it('refuses a sentence judged twice', () => {
    expect(() => parseJudgements(`${line()}\n${line()}`, 'j.jsonl')).toThrow(/j\.jsonl:2: .*judged twice/);
  });
});

describe('resolveJudgements', () => {
  let kitRoot: string | undefined;
  afterEach(() => {
    if (kitRoot) rmSync(kitRoot, { recursive: true, force: true });
  });

  /** A made-up kit holding only a first article. */
  function kitWith(article: string): NewsKit {
    kitRoot = mkdtempSync(join(tmpdir(), 'eval-news-'));
    mkdirSync(join(kitRoot, 'fixtures'));
    writeFileSync(join(kitRoot, 'fixtures/first-article.txt'), article);
    return new NewsKit(kitRoot);
  }
  const judgement = (start: number, end: number, sha: string) =>
    parseJudgements(JSON.stringify({ doc: { corpus: 'first-article', id: 'first-article' }, start, end, sha, events: [event()] }));

  it('resolves a span whose text hashes as judged', () => {
    const kit = kitWith('Title\nTroops left the port.');
    const [sentence] = resolveJudgements(judgement(6, 27, sentenceSha('Troops left the port.')), kit);
    expect(sentence?.text).toBe('Troops left the port.');
  });

  it('fails loudly, naming the line and the text now there, when the kit text drifted', () => {
    const kit = kitWith('Title\nTroops reached the port.');
    expect(() => resolveJudgements(judgement(6, 27, sentenceSha('Troops left the port.')), kit)).toThrow(
      /1 judged sentence.*no longer match[\s\S]*line 1: first-article first-article \[6,27\) hashes [0-9a-f]{12}, judged [0-9a-f]{12}: "Troops reached the po/,
    );
  });

  it('fails on a document the kit does not have', () => {
    const kit = kitWith('Title');
    const missing = parseJudgements(JSON.stringify({ doc: { corpus: 'first-article', id: 'other' }, start: 0, end: 1, sha: '0123456789ab', reason: 'x', events: [] }));
    expect(() => resolveJudgements(missing, kit)).toThrow(/no first-article document "other"/);
  });
});

describe('actorsConsistent', () => {
  it('needs each predicted actor among the gold ones when gold names that side', () => {
    expect(actorsConsistent([state('US')], ['US', 'EU'], [])).toBe(true);
    expect(actorsConsistent([state('RU')], ['US'], [])).toBe(false);
  });

  it('refuses the target given as the agent when gold names no agent', () => {
    expect(actorsConsistent([state('IR')], [], ['IR'])).toBe(false);
    expect(actorsConsistent([state('GB')], [], ['IR'])).toBe(true);
  });

  it('matches organisations by name and entities by name or country', () => {
    expect(actorsConsistent([{ kind: 'organisation', name: 'EU', surface: 'Brussels' }], ['eu'], [])).toBe(true);
    expect(actorsConsistent([{ kind: 'entity', name: 'Acme Bank', surface: 'Acme Bank', country: 'VE' }], ['VE'], [])).toBe(true);
  });
});

describe('sentenceOf', () => {
  const doc = madeUp('Troops left. Ships sailed.');
  const sentences = judged(doc, [['Troops left.', []]]);

  it('places a mention in the judged sentence holding its trigger', () => {
    expect(sentenceOf(sentences, mentionAt(doc, 'Troops'))).toBe(0);
  });

  it('leaves a mention outside every judged sentence unjudged', () => {
    expect(sentenceOf(sentences, mentionAt(doc, 'Ships'))).toBeUndefined();
  });
});

describe('scoreNews', () => {
  it('counts a mention right when its sentence holds a gold event of its category and grade', () => {
    const doc = madeUp('Troops landed. Troops may land. Sanctions were imposed.');
    const sentences = judged(doc, [
      ['Troops landed.', [event()]],
      ['Troops may land.', [event({ alertGrade: false })]],
      ['Sanctions were imposed.', [event({ category: 'sanctions', subtype: 'imposed' })]],
    ]);
    const mentions = [
      mentionAt(doc, 'landed'),
      mentionAt(doc, 'may land'),
      mentionAt(doc, 'may land', { modality: 'hypothetical' }),
    ];

    const report = scoreNews([{ doc, sentences, mentions }]);

    // alert: 'landed' right; the asserted 'may land' has only a non-alert gold event; the sanction is missed.
    expect(report.readings.alert.military_deployment).toMatchObject({ tp: 1, fp: 1, fn: 0, events: 1 });
    expect(report.readings.alert.sanctions).toMatchObject({ tp: 0, fp: 0, fn: 1, events: 1, precision: 0, recall: 0 });
    // detection: all three mentions meet an event of any grade.
    expect(report.readings.detection.military_deployment).toMatchObject({ tp: 3, fp: 0, fn: 0, events: 2, recall: 1 });
    expect(report).toMatchObject({ sentences: 3, events: 3 });
  });

  it('pairs events one to one for recall, so one mention does not find two events', () => {
    const doc = madeUp('Troops landed and ships sailed.');
    const sentences = judged(doc, [['Troops landed and ships sailed.', [event(), event()]]]);

    const report = scoreNews([{ doc, sentences, mentions: [mentionAt(doc, 'landed')] }]);

    expect(report.readings.alert.military_deployment).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
  });

  it('leaves out negated mentions from detection and low-confidence ones from alerts', () => {
    const doc = madeUp('Troops never landed.');
    const sentences = judged(doc, [['Troops never landed.', []]]);
    const mentions = [mentionAt(doc, 'landed', { modality: 'negated' }), mentionAt(doc, 'Troops', { confidence: 0.1 })];

    const report = scoreNews([{ doc, sentences, mentions }]);

    expect(report.readings.detection.military_deployment).toMatchObject({ tp: 0, fp: 1 });
    expect(report.readings.alert.military_deployment).toMatchObject({ tp: 0, fp: 0 });
  });

  it('checks actors only in the alertActors reading', () => {
    const doc = madeUp('Russia sent troops to Syria.');
    const sentences = judged(doc, [['Russia sent troops to Syria.', [event({ agents: ['RU'], patients: ['SY'] })]]]);
    const swapped = mentionAt(doc, 'sent', { agents: [state('SY')], patients: [state('RU')] });

    const report = scoreNews([{ doc, sentences, mentions: [swapped] }]);

    expect(report.readings.alert.military_deployment).toMatchObject({ tp: 1, fn: 0 });
    expect(report.readings.alertActors.military_deployment).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('counts and lists mentions outside every judged sentence instead of dropping them', () => {
    const doc = madeUp('Troops landed. Ships sailed.');
    const sentences = judged(doc, [['Troops landed.', [event()]]]);

    const report = scoreNews([{ doc, sentences, mentions: [mentionAt(doc, 'landed'), mentionAt(doc, 'Ships')] }]);

    expect(report.unjudged).toHaveLength(1);
    expect(report.readings.alert.military_deployment).toMatchObject({ tp: 1, fp: 0 });
    expect(formatNewsErrors(report)).toContain('UNJUDGED bbc made-up');
  });

  it('prints errors with their sentence and gold reason, and ends the report with the JSON line', () => {
    const doc = madeUp('Troops drilled. Ships sailed.');
    const sentences = judged(doc, [
      ['Troops drilled.', []],
      ['Ships sailed.', [event({ reason: 'a made-up sailing' })]],
    ]);
    const report = scoreNews([{ doc, sentences, mentions: [mentionAt(doc, 'drilled')] }]);

    const errors = formatNewsErrors(report);
    expect(errors).toContain('FP alert bbc made-up [0,15)');
    expect(errors).toContain('gold:   no event: no event');
    expect(errors).toContain('missed: military-deployment/deployed ALERT -→-: a made-up sailing');
    const last = JSON.parse(formatNewsReport(report).split('\n').at(-1) as string);
    expect(last).toEqual({
      alert: {
        sanctions: { precision: 0, recall: 0, f1: 0, tp: 0, fp: 0, fn: 0 },
        military_deployment: { precision: 0, recall: 0, f1: 0, tp: 0, fp: 1, fn: 1 },
      },
      alertActors: expect.any(Object),
      detection: expect.any(Object),
      unjudged: 0,
      sentences: 2,
      events: 1,
    });
  });
});

describe('eval:news command line', () => {
  it('skips with a message when the kit is absent', () => {
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(main([], '/nonexistent/shared')).toBe(0);
    expect(String(stdout.mock.calls[0]?.[0])).toMatch(/eval:news skipped: the team kit is not at \/nonexistent\/shared/);
    stdout.mockRestore();
  });
});

/**
 * Floors the committed set meets. The brief asks for 150 alert-grade events (40 sanctions); the
 * real news in the kit holds fewer: every candidate sentence of AG, of the fixture pages and of
 * the first article is judged (asserted below), so a larger set needs more real news in the kit.
 */
const FLOORS = { sentences: 1000, alertGrade: 50, sanctionsAlertGrade: 14 };

describe.skipIf(!existsSync(KIT_ROOT))('the committed real-news set (skipped: ../shared is absent)', () => {
  const judgements = parseJudgements(readFileSync(JUDGEMENTS_FILE, 'utf8'));
  // The describe body is collected even when skipped, so the kit is read only inside the tests.
  const kit = new NewsKit();

  it('resolves every judged sentence against the kit with a matching sha', () => {
    expect(resolveJudgements(judgements, kit)).toHaveLength(judgements.length);
  });

  it('meets its size floors', () => {
    const events = judgements.flatMap((j) => j.events);
    const alert = events.filter((e) => e.alertGrade);
    expect(judgements.length).toBeGreaterThanOrEqual(FLOORS.sentences);
    expect(alert.length).toBeGreaterThanOrEqual(FLOORS.alertGrade);
    expect(alert.filter((e) => e.category === 'sanctions').length).toBeGreaterThanOrEqual(FLOORS.sanctionsAlertGrade);
  });

  it.each(['ag', 'html', 'first-article'] as const)('judges every candidate sentence of the %s corpus', (corpus) => {
    const judged = new Set(judgements.filter((j) => j.doc.corpus === corpus).map((j) => `${j.doc.id}:${j.start}:${j.end}`));
    const missing = [...kit.documents(corpus).values()].flatMap((doc) =>
      candidateSentences(doc)
        .map((s) => `${doc.id}:${s.start}:${s.end}`)
        .filter((key) => !judged.has(key)),
    );
    expect(missing).toEqual([]);
  });
});
