import { describe, expect, it } from 'vitest';
import { METRIC } from '../../../functions/common/metric-names.js';
import { tallyMetricSink } from '../../../functions/common/metrics.js';
import { createObservability } from '../../../functions/common/powertools.js';
import { createHandler, type RefreshSanctionsListDeps } from '../../../functions/refresh-sanctions-list/handler.js';
import { InvalidListError } from '../../../shared/sanctions-lists/errors.js';
import type { FetchedListFiles } from '../../../shared/ports.js';
import type { AlertMessage } from '../../../shared/watch/alert.js';
import { aWatch } from '../../support/factories.js';
import { fixedClock } from '../../support/in-memory-ports.js';
import { InMemoryNamedPartyIndex, InMemorySanctionsListStore } from '../../support/sanctions-fakes.js';

const file = (...rows: string[]) => `${rows.join('\r\n')}\r\n\x1A`;
const row = (id: number, name: string) => `${id},"${name}",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `;
/** A list of 5,000 entries or more, as the OFAC adapter demands of any real version. */
const bigList = (...extra: string[]) => ({
  'sdn.csv': file(...Array.from({ length: 5_000 }, (_, i) => row(i + 1, `ENTITY NUMBER ${i + 1}`)), ...extra),
  'alt.csv': file(),
  'add.csv': file(),
});

function depsAnswering(...answers: FetchedListFiles[]) {
  const sink = tallyMetricSink();
  const sent: AlertMessage[] = [];
  const deps: RefreshSanctionsListDeps = {
    fetcher: { fetchFiles: async () => answers.shift() ?? { status: 'not-modified' } },
    store: new InMemorySanctionsListStore(),
    clock: fixedClock('2024-05-03T12:00:00.000Z'),
    names: new InMemoryNamedPartyIndex(),
    watches: [aWatch({ id: 'all-designations', designations: { minArticles: 0 } })],
    publisher: { publish: async (message: AlertMessage) => (sent.push(message), `msg-${sent.length}`) },
    sink,
    observability: createObservability('refresh-sanctions-list'),
  };
  return { deps, sink, sent };
}

describe('refresh-sanctions-list handler', () => {
  it('counts the entries an update added and sends the designation alerts watches ask for', async () => {
    const { deps, sink, sent } = depsAnswering(
      { status: 'ok', files: bigList(), validators: {} },
      { status: 'ok', files: bigList(row(9_001, 'MAHAN AIR')), validators: {} },
    );
    const handler = createHandler(() => deps);
    expect(await handler()).toEqual({ status: 'first-version' });
    expect(await handler()).toEqual({ status: 'updated', added: 1, removed: 0, changed: 0, alerts: 1 });
    expect(sink.total(METRIC.listEntriesAdded)).toBe(1);
    expect(sent.map((a) => a.subject)).toEqual([expect.stringContaining('MAHAN AIR added to the OFAC SDN list')]);
  });

  it('counts a rejected download and fails, keeping the stored list', async () => {
    const { deps, sink } = depsAnswering({ status: 'ok', files: { ...bigList(), 'sdn.csv': file(row(1, 'ONLY ONE')) }, validators: {} });
    await expect(createHandler(() => deps)()).rejects.toThrow(InvalidListError);
    expect(sink.total(METRIC.listRejected)).toBe(1);
    expect(await deps.store.current('us-ofac-sdn')).toBeUndefined();
  });
});
