import type { AlertDispatcher, StoryIndex } from '../ports.js';
import { composeAlert } from '../watch/alert.js';
import { matchWatch } from '../watch/match.js';
import type { Watch } from '../watch/watch.js';
import type { ArticleTaggedEvent } from './article-tagged-event.js';

export interface SendAlertsDeps {
  watches: readonly Watch[];
  stories: StoryIndex;
  dispatcher: AlertDispatcher;
}

export interface AlertOutcome {
  watchId: string;
  result: 'sent' | 'suppressed';
}

/** Evaluates every watch against a tagged article and sends at most one alert per watch and story. */
export async function sendAlerts(event: ArticleTaggedEvent, deps: SendAlertsDeps): Promise<AlertOutcome[]> {
  const matches = deps.watches
    .map((watch) => ({ watch, matched: matchWatch(watch, event.mentions) }))
    .filter(({ matched }) => matched.length > 0);
  if (matches.length === 0) return [];
  const sources = await deps.stories.sources(event.storyId);
  const outcomes: AlertOutcome[] = [];
  for (const { watch, matched } of matches) {
    const result = await deps.dispatcher.dispatch(composeAlert(watch, event, matched, sources));
    outcomes.push({ watchId: watch.id, result });
  }
  return outcomes;
}
