/**
 * `npm start`: the whole pipeline on this machine, no AWS account. Embedded DynamoDB (dynalite) and
 * SNS/SQS (fauxqs) servers on loopback, the real handlers, the demo feed served over loopback HTTP.
 */
import type { Watch } from '../shared/watch/watch.js';
import { bundledWatches } from '../functions/common/watches.js';
import { METRIC } from '../functions/common/metric-names.js';
import { DEMO_NOW, SettableClock } from './demo/demo-clock.js';
import { serveDemoFeed } from './demo/demo-feed.js';
import { createLocalPipeline, type DeliveredAlert } from './pipeline.js';
import { startDynalite, startFauxqs } from './servers.js';

const say = (line = '') => process.stdout.write(`${line}\n`);
const rule = (title: string) => say(`\n── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);

const KIND_LABEL = { alert: '', update: 'UPDATE ', digest: 'DIGEST ' } as const;

function showAlert(delivered: DeliveredAlert, watches: readonly Watch[]) {
  const watch = watches.find((w) => w.id === delivered.alert.watchId);
  const kind = KIND_LABEL[delivered.alert.kind];
  if (delivered.protocol === 'email') {
    rule(`${kind}EMAIL to ${watch?.subscriptions.email.join(', ') || '(no email subscriber)'}`);
    say(`Subject: ${delivered.alert.subject}`);
    say();
    say(delivered.alert.email);
  } else {
    rule(`${kind}SMS to ${watch?.subscriptions.sms.join(', ') || '(no SMS subscriber)'} (${delivered.alert.sms.length} chars)`);
    say(delivered.alert.sms);
  }
}

async function main() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
  const [dynamo, messaging, feed] = await Promise.all([startDynalite(), startFauxqs(), serveDemoFeed()]);
  const watches = bundledWatches();
  // The demo feed's stories are from March 2019: the demo's clock stands the morning after, so they are news.
  const clock = new SettableClock(DEMO_NOW);
  const pipeline = await createLocalPipeline({
    clock,
    dynamoEndpoint: dynamo.endpoint,
    messagingEndpoint: messaging.endpoint,
    watches,
    feeds: [{ id: 'demo', name: 'Tocsin demo feed', url: feed.feedUrl }],
  });
  try {
    say(`Tocsin local run: DynamoDB ${dynamo.endpoint} (dynalite), SNS/SQS ${messaging.endpoint} (fauxqs), feed ${feed.feedUrl}`);
    say(`Watches: ${watches.map((w) => `${w.id} (${w.delivery.mode})`).join(', ')}`);
    say(`Demo clock: ${DEMO_NOW}`);
    const showDelivered = async (what: string) => {
      const delivered = await pipeline.takeDeliveredAlerts();
      say(`${what}: ${delivered.filter((d) => d.protocol === 'email').length} messages delivered`);
      for (const alert of delivered) showAlert(alert, watches);
    };

    for (const round of [1, 2]) {
      const [outcome] = await pipeline.pollFeeds();
      const detail = outcome?.status === 'ok' ? `${outcome.enqueued} entries queued, ${outcome.rejected.length} rejected` : outcome?.status;
      say(`\nPoll ${round}: ${detail}`);
      for (const rejection of outcome?.status === 'ok' ? outcome.rejected : []) say(`  rejected: ${rejection.reason}`);
      await pipeline.drain();
      await showDelivered(`Poll ${round}`);
    }

    // The digest schedule runs every few minutes; the daily digest is due at 08:00 London time next morning.
    for (const at of ['2019-03-29T08:00:30.000Z', '2019-03-29T08:05:00.000Z']) {
      clock.set(at);
      const outcomes = await pipeline.sendDigests();
      say(`\nDigest schedule at ${at}: ${outcomes.map((o) => `${o.watchId} ${o.status}`).join(', ') || 'nothing due'}`);
      await showDelivered(`Digest schedule at ${at}`);
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
        updates: sink.total(METRIC.alertUpdatesSent),
        digests: sink.total(METRIC.digestsSent),
        held: sink.total(METRIC.alertsHeld),
      }),
    );
  } finally {
    pipeline.destroy();
    await Promise.all([dynamo.stop(), messaging.stop(), feed.stop()]);
  }
}

await main();
