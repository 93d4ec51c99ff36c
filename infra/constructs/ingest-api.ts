import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { ManagedPolicy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { TocsinFunction } from './tocsin-function.js';

export const ARTICLES_ROUTE = { method: HttpMethod.POST, path: '/articles' } as const;
const STAGE_NAME = '$default';

// HTTP API context variables (not the REST API ones `AccessLogFormat.jsonWithStandardFields` uses).
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    sourceIp: '$context.identity.sourceIp',
    caller: '$context.identity.userArn',
    routeKey: '$context.routeKey',
    status: '$context.status',
    responseLength: '$context.responseLength',
    latencyMs: '$context.responseLatency',
    integrationError: '$context.integrationErrorMessage',
  }),
);

export interface IngestApiProps {
  articlesQueue: IQueue;
  alarmAction: IAlarmAction;
}

/**
 * `POST /articles` on an HTTP API with IAM (SigV4) authorization → ingest-articles → the Articles queue.
 * Callers need `execute-api:Invoke` on the route: attach `invokePolicy` to their role or user.
 */
export class IngestApi extends Construct {
  readonly api: HttpApi;
  readonly function: TocsinFunction;
  readonly invokePolicy: ManagedPolicy;

  constructor(scope: Construct, id: string, props: IngestApiProps) {
    super(scope, id);
    this.function = new TocsinFunction(this, 'IngestArticles', {
      name: 'ingest-articles',
      description: 'Validates submitted articles and queues them',
      timeout: Duration.seconds(10),
      alarmAction: props.alarmAction,
    });
    this.function.bindArticlesQueue(props.articlesQueue);

    this.api = new HttpApi(this, 'Api', {
      description: 'Tocsin: submit articles (IAM-authorised)',
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.THREE_MONTHS });
    this.api.addStage('DefaultStage', {
      stageName: STAGE_NAME,
      autoDeploy: true,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: ACCESS_LOG_FORMAT },
      // Caps what one leaked credential or runaway client can push into the pipeline.
      throttle: { rateLimit: 20, burstLimit: 50 },
    });
    this.api.addRoutes({
      path: ARTICLES_ROUTE.path,
      methods: [ARTICLES_ROUTE.method],
      integration: new HttpLambdaIntegration('IngestArticles', this.function.fn),
      authorizer: new HttpIamAuthorizer(),
    });

    this.invokePolicy = new ManagedPolicy(this, 'InvokePolicy', {
      description: 'Tocsin: may call POST /articles on the ingest API',
      statements: [
        new PolicyStatement({
          actions: ['execute-api:Invoke'],
          resources: [this.api.arnForExecuteApi(ARTICLES_ROUTE.method, ARTICLES_ROUTE.path, STAGE_NAME)],
        }),
      ],
    });
  }

  /** https://{api-id}.execute-api.{region}.amazonaws.com/articles */
  get articlesUrl(): string {
    return `${this.api.apiEndpoint}${ARTICLES_ROUTE.path}`;
  }
}
