/**
 * `npm start`: the whole pipeline on this machine, no AWS account. Embedded DynamoDB (dynalite) and
 * SNS/SQS (fauxqs) servers on loopback, the real handlers, the demo feed served over loopback HTTP.
 */
import type { Watch } from '../shared/watch/watch.js';
import { bundledWatches } from '../functions/common/watches.js';
import { METRIC } from '../functions/common/metric-names.js';
import { serveDemoFeed } from './demo/demo-feed.js';
import { createLocalPipeline, type DeliveredAlert } from './pipeline.js';
import { startDynalite, startFauxqs } from './servers.js';

const say = (line = '') => process.stdout.write(`${line}\n`);
const rule = (title: string) => say(`\n── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);

function showAlert(delivered: DeliveredAlert, watches: readonly Watch[]) {
  const watch = watches.find((w) => w.id === delivered.alert.watchId);
  if (delivered.protocol === 'email') {
    rule(`EMAIL to ${watch?.subscriptions.email.join(', ') || '(no email subscriber)'}`);
    say(`Subject: ${delivered.alert.subject}`);
    say();
    say(delivered.alert.email);
  } else {
    rule(`SMS to ${watch?.subscriptions.sms.join(', ') || '(no SMS subscriber)'} (${delivered.alert.sms.length} chars)`);
    say(delivered.alert.sms);
  }
}

async function main() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
  const [dynamo, messaging, feed] = await Promise.all([startDynalite(), startFauxqs(), serveDemoFeed()]);
  const watches = bundledWatches();
  const pipeline = await createLocalPipeline({
    dynamoEndpoint: dynamo.endpoint,
    messagingEndpoint: messaging.endpoint,
    watches,
    feeds: [{ id: 'demo', name: 'Tocsin demo feed', url: feed.feedUrl }],
  });
  try {
    say(`Tocsin local run: DynamoDB ${dynamo.endpoint} (dynalite), SNS/SQS ${messaging.endpoint} (fauxqs), feed ${feed.feedUrl}`);
    say(`Watches: ${watches.map((w) => w.id).join(', ')}`);

    for (const round of [1, 2]) {
      const [outcome] = await pipeline.pollFeeds();
      const detail = outcome?.status === 'ok' ? `${outcome.enqueued} entries queued, ${outcome.rejected.length} rejected` : outcome?.status;
      say(`\nPoll ${round}: ${detail}`);
      for (const rejection of outcome?.status === 'ok' ? outcome.rejected : []) say(`  rejected: ${rejection.reason}`);
      await pipeline.drain();
      const delivered = await pipeline.takeDeliveredAlerts();
      say(`Poll ${round}: ${delivered.filter((d) => d.protocol === 'email').length} alerts delivered`);
      for (const alert of delivered) showAlert(alert, watches);
    }

    rule('HTTP API (the ingest-articles handler)');
    const invalid = await pipeline.postArticles('{"url": "not a url", "title": ""');
    say(`POST /articles with broken JSON → ${JSON.stringify(invalid)}`);

    rule('Recent sanctions articles (gsi1, newest first)');
    for (const headline of await pipeline.articles.recent({ category: 'sanctions' }, 5)) {
      say(`${headline.publishedAt ?? `date unknown, received ${headline.ingestedAt}`}  ${headline.title}  [${headline.countries.join(', ')}]`);
    }

    const { sink } = pipeline;
    say();
    say(
      JSON.stringify({
        articles: sink.total(METRIC.articlesIngested),
        duplicates: sink.total(METRIC.duplicates),
        rejected: sink.total(METRIC.rejected),
        mentions: {
          sanctions: sink.total(METRIC.mentions, 'sanctions'),
          'military-deployment': sink.total(METRIC.mentions, 'military-deployment'),
        },
        alerts: sink.total(METRIC.alertsSent),
      }),
    );
  } finally {
    pipeline.destroy();
    await Promise.all([dynamo.stop(), messaging.stop(), feed.stop()]);
  }
}

await main();
