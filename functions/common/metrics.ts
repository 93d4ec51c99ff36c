import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';

/** The counts handlers emit. On Lambda they become EMF metrics; locally they are tallied for the summary. */
export interface MetricSink {
  count(name: string, value: number, dimension?: { name: string; value: string }): void;
  /** A point-in-time value, such as seconds since a feed last succeeded. */
  gauge(name: string, seconds: number, dimension: { name: string; value: string }): void;
  /** One observation of a duration, such as an alert's latency; CloudWatch gives its percentiles. */
  timing(name: string, seconds: number, dimension: { name: string; value: string }): void;
  /** Emits what was counted; call once at the end of an invocation. */
  flush(): void;
}

/** Gauges and timings are both single values in seconds; CloudWatch aggregates them by the statistic asked for. */
const emitSeconds = (metrics: Metrics, name: string, seconds: number, dimension: { name: string; value: string }) => {
  const single = metrics.singleMetric();
  single.addDimension(dimension.name, dimension.value);
  single.addMetric(name, MetricUnit.Seconds, seconds);
};

export const powertoolsMetricSink = (metrics: Metrics): MetricSink => ({
  count(name, value, dimension) {
    if (!dimension) {
      metrics.addMetric(name, MetricUnit.Count, value);
      return;
    }
    // A dimensioned metric is emitted on its own so its dimension does not leak onto the others.
    const single = metrics.singleMetric();
    single.addDimension(dimension.name, dimension.value);
    single.addMetric(name, MetricUnit.Count, value);
  },
  gauge: (name, seconds, dimension) => emitSeconds(metrics, name, seconds, dimension),
  timing: (name, seconds, dimension) => emitSeconds(metrics, name, seconds, dimension),
  flush: () => metrics.publishStoredMetrics(),
});

/** Sums counts by metric name (and `name:dimensionValue`), for the local run's summary and for tests. */
export function tallyMetricSink(): MetricSink & {
  total(name: string, dimensionValue?: string): number;
  timings(name: string, dimensionValue: string): number[];
} {
  // Gauges are last-value, not sums; the local summary reads only counts, so they are kept apart.
  const totals = new Map<string, number>();
  const add = (key: string, value: number) => totals.set(key, (totals.get(key) ?? 0) + value);
  const observed = new Map<string, number[]>();
  return {
    count(name, value, dimension) {
      add(name, value);
      if (dimension) add(`${name}:${dimension.value}`, value);
    },
    gauge(name, seconds, dimension) {
      totals.set(`gauge:${name}:${dimension.value}`, seconds);
    },
    timing(name, seconds, dimension) {
      const key = `${name}:${dimension.value}`;
      observed.set(key, [...(observed.get(key) ?? []), seconds]);
    },
    timings: (name, dimensionValue) => observed.get(`${name}:${dimensionValue}`) ?? [],
    flush() {},
    total: (name, dimensionValue) => totals.get(dimensionValue === undefined ? name : `${name}:${dimensionValue}`) ?? 0,
  };
}
