import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLazyEntityLinker } from '../../../functions/common/lazy-entity-linker.js';
import { readListDir } from '../../../local/cli/lists.js';
import { entryKeys } from '../../../shared/entity-linking/named-parties.js';
import type { ListEntry } from '../../../shared/sanctions-lists/list.js';
import { processArticle, type ProcessArticleDeps } from '../../../shared/use-cases/process-article.js';
import { anArticleSubmission } from '../../support/factories.js';
import { fixedClock, InMemoryArticleStore, InMemoryStoryIndex, RecordingTaggedEventBus, StubPageFetcher } from '../../support/in-memory-ports.js';
import { DEMO_SDN_DIR, demoSdnIndex } from '../../support/sanctions.js';
import { InMemoryNamedPartyIndex } from '../../support/sanctions-fakes.js';

const FIRST_ARTICLE = readFileSync(new URL('../../../local/demo/first-article.txt', import.meta.url), 'utf8');

function given() {
  const names = new InMemoryNamedPartyIndex();
  const deps = {
    articles: new InMemoryArticleStore(),
    stories: new InMemoryStoryIndex(),
    events: new RecordingTaggedEventBus(),
    pages: new StubPageFetcher({}),
    clock: fixedClock('2019-03-25T09:00:00.000Z'),
    entities: { linker: createLazyEntityLinker({ load: () => readListDir(DEMO_SDN_DIR) }), names },
  } satisfies ProcessArticleDeps;
  return { deps, names };
}

describe('processArticle with entity linking', () => {
  it('stores and sends the mentions linked to the list, and records the parties named for designation look-backs', async () => {
    const { deps, names } = given();
    const outcome = await processArticle(anArticleSubmission({ body: FIRST_ARTICLE }), deps);
    if (outcome.kind !== 'stored') throw new Error(`expected stored, got ${outcome.kind}`);

    const linked = (mentions: typeof outcome.article.mentions) =>
      mentions.flatMap((m) => m.patients.flatMap((p) => (p.kind === 'state' ? [] : (p.sanctions ?? []).map((l) => `${p.name}:${l.id}`))));
    expect(linked(outcome.article.mentions)).toEqual(['Bandes:26587']);
    expect(linked(deps.events.events[0]?.mentions ?? [])).toEqual(['Bandes:26587']);
    const bandes = (await demoSdnIndex()).entry('26587') as ListEntry;
    expect((await names.articlesNaming(entryKeys(bandes, () => false), '2019-01-01T00:00:00.000Z')).map((a) => a.articleId)).toEqual([outcome.article.id]);
  });
});
