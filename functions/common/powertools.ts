import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { METRICS_NAMESPACE } from './metric-names.js';

/** One logger, tracer and metrics set per handler module; the service name comes from POWERTOOLS_SERVICE_NAME. */
export const createObservability = (serviceName: string) => ({
  logger: new Logger({ serviceName }),
  tracer: new Tracer({ serviceName }),
  metrics: new Metrics({ namespace: METRICS_NAMESPACE, serviceName }),
});
export type Observability = ReturnType<typeof createObservability>;
