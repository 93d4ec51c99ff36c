import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagText } from '../../../shared/tagging/index.js';
import { sendAlerts, type SendAlertsDeps } from '../../../shared/use-cases/send-alerts.js';
import type { Watch } from '../../../shared/watch/watch.js';
import { bundledWatches } from '../../../functions/common/watches.js';
import { aDeploymentMention, aMention, aRussiaAbroadWatch, aTaggedEvent, aWatch } from '../../support/factories.js';
import { InMemoryStoryIndex, SuppressingAlertDispatcher } from '../../support/in-memory-ports.js';

const FIRST_ARTICLE = readFileSync(new URL('../../../local/demo/first-article.txt', import.meta.url), 'utf8');
const SHIPPED_WATCHES = bundledWatches();

const russiaAbroad = aRussiaAbroadWatch();

function given(watches: readonly Watch[]) {
  const deps = { watches, stories: new InMemoryStoryIndex(), dispatcher: new SuppressingAlertDispatcher() };
  return deps satisfies SendAlertsDeps;
}

describe('sendAlerts', () => {
  it('given two articles of one story, when both are tagged, then the watch alerts once and suppresses the second', async () => {
    const deps = given([aWatch()]);
    const first = aTaggedEvent({ articleId: 'article-1', storyId: 'article-1' });
    const copy = aTaggedEvent({ articleId: 'article-2', storyId: 'article-1', url: 'https://other.example.org/venezuela' });

    const outcomes = [await sendAlerts(first, deps), await sendAlerts(copy, deps)];

    expect(outcomes).toEqual([
      [{ watchId: 'venezuela-sanctions', result: 'sent' }],
      [{ watchId: 'venezuela-sanctions', result: 'suppressed' }],
    ]);
    expect(deps.dispatcher.sent.map((a) => a.articleId)).toEqual(['article-1']);
  });

  it('given a watch whose filters match none of the mentions, when alerts are sent, then nothing is dispatched', async () => {
    const deps = given([aWatch({ patients: ['IR'] })]);

    const outcomes = await sendAlerts(aTaggedEvent(), deps);

    expect(outcomes).toEqual([]);
    expect(deps.dispatcher.attempts).toEqual([]);
  });

  it('given two watches, when only one matches, then only that one alerts, with only its mentions', async () => {
    const deps = given([aWatch(), russiaAbroad]);
    const event = aTaggedEvent({ mentions: [aMention(), aDeploymentMention({ modality: 'negated' })] });

    const outcomes = await sendAlerts(event, deps);

    expect(outcomes).toEqual([{ watchId: 'venezuela-sanctions', result: 'sent' }]);
    expect(deps.dispatcher.sent[0]?.email).not.toContain('military-deployment');
  });

  it('given one story, when different watches match it, then each watch alerts once', async () => {
    const deps = given([aWatch(), russiaAbroad]);
    const event = aTaggedEvent({ mentions: [aMention(), aDeploymentMention()] });

    const first = await sendAlerts(event, deps);
    const repeat = await sendAlerts(event, deps);

    expect(first.map((o) => o.result)).toEqual(['sent', 'sent']);
    expect(repeat.map((o) => o.result)).toEqual(['suppressed', 'suppressed']);
  });

  it('given the story was reported elsewhere first, when alerts are sent, then the email lists the earlier source', async () => {
    const deps = given([aWatch()]);
    await deps.stories.add({
      id: 'article-1',
      storyId: 'article-1',
      fingerprint: '',
      url: 'https://www.theguardian.com/world/venezuela',
      source: { id: 'guardian', name: 'The Guardian' },
    });
    const event = aTaggedEvent({ articleId: 'article-2', storyId: 'article-1' });
    await deps.stories.add({ id: 'article-2', storyId: 'article-1', fingerprint: '', url: event.url, source: event.source });

    await sendAlerts(event, deps);

    expect(deps.dispatcher.sent[0]?.email).toContain('Also reported by:\n- The Guardian: https://www.theguardian.com/world/venezuela');
  });

  it('given the first article tagged for real, when alerts are sent with the shipped watches, then both watches alert', async () => {
    const deps = given(SHIPPED_WATCHES);
    const event = aTaggedEvent({ mentions: tagText(FIRST_ARTICLE) });

    const outcomes = await sendAlerts(event, deps);

    expect(outcomes).toEqual([
      { watchId: 'venezuela-sanctions', result: 'sent' },
      { watchId: 'russia-deployments-abroad', result: 'sent' },
    ]);
    const [sanctions, deployments] = deps.dispatcher.sent;
    expect(sanctions?.email).toContain('On Friday it sanctioned its development bank, Bandes');
    expect(sanctions?.attributes).toMatchObject({ category: 'sanctions', severity: 'high' });
    expect(deployments?.email).toContain('two Russian military planes delivered troops and equipment to Venezuela');
  });
});
