import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ENV } from '../../../functions/common/env-names.js';
import { DEFAULT_SANCTIONS_LIST_URL } from '../../../functions/common/http-sanctions-fetcher.js';
import { LISTS_PREFIX } from '../../../infra/constructs/sanctions-list.js';
import { buildTestApp } from '../support/tocsin-app.js';
import { actionsOf, asArray, functionNamed, referencedLogicalId, resourcesOfType, statementsOf, type CfnTemplate } from '../support/template-queries.js';

// Prepare: synthesise once with the default context.
const { stateful, stateless } = buildTestApp();
const json = Template.fromStack(stateless).toJSON() as CfnTemplate;
const statefulJson = Template.fromStack(stateful).toJSON() as CfnTemplate;
const refresh = functionNamed(json, 'refresh-sanctions-list');
const bucket = resourcesOfType(json, 'AWS::S3::Bucket').find((b) => b.logicalId.startsWith('SanctionsListBucket'));
const s3Resources = (name: 'refresh-sanctions-list' | 'process-articles', action: string) =>
  statementsOf(json, name)
    .filter((s) => asArray(s.Action).includes(action))
    .flatMap((s) => asArray(s.Resource));

describe('SanctionsList', () => {
  it('refreshes the list every hour through the house function, with a retry and an alarmed failure queue', () => {
    const rule = resourcesOfType(json, 'AWS::Events::Rule').find((r) => referencedLogicalId(r.properties.Targets[0].Arn) === refresh.logicalId);
    expect(rule?.properties.ScheduleExpression).toBe('rate(1 hour)');
    const config = resourcesOfType(json, 'AWS::Lambda::EventInvokeConfig').find((c) => referencedLogicalId(c.properties.FunctionName) === refresh.logicalId);
    expect(config?.properties.MaximumRetryAttempts).toBe(1);
    const failures = referencedLogicalId(config?.properties.DestinationConfig.OnFailure.Destination);
    expect(failures).toMatch(/^SanctionsListRefreshFailures/);
    const alarmed = resourcesOfType(json, 'AWS::CloudWatch::Alarm').filter((a) =>
      JSON.stringify(a.properties.Dimensions ?? []).includes(failures ?? 'none'),
    );
    expect(alarmed).toHaveLength(1);
  });

  it('keeps the lists in a private, versioned, encrypted bucket that outlives the stack', () => {
    expect(bucket?.properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket?.properties.PublicAccessBlockConfiguration).toMatchObject({ BlockPublicAcls: true, RestrictPublicBuckets: true });
    expect(bucket?.properties.BucketEncryption).toBeDefined();
    expect(json.Resources[bucket!.logicalId]!.DeletionPolicy).toBe('Retain');
  });

  it('lets the refresh read and write list objects only, and process-articles only read them', () => {
    for (const action of ['s3:GetObject', 's3:PutObject']) expect(JSON.stringify(s3Resources('refresh-sanctions-list', action))).toContain(`/${LISTS_PREFIX}*`);
    expect(actionsOf(statementsOf(json, 'process-articles')).filter((a) => a.startsWith('s3:'))).toEqual(['s3:GetObject']);
    expect(JSON.stringify(s3Resources('process-articles', 's3:GetObject'))).toContain(`/${LISTS_PREFIX}*`);
  });

  it('names the bucket and OFAC source in the environment of the functions that need them', () => {
    expect(refresh.properties.Environment.Variables[ENV.sanctionsListUrl]).toBe(DEFAULT_SANCTIONS_LIST_URL);
    expect(referencedLogicalId(refresh.properties.Environment.Variables[ENV.sanctionsListBucket])).toBe(bucket?.logicalId);
    expect(referencedLogicalId(functionNamed(json, 'process-articles').properties.Environment.Variables[ENV.sanctionsListBucket])).toBe(bucket?.logicalId);
  });

  it('gives the refresh read-only access to the articles table (name-keyed look-backs)', () => {
    const onArticles = statementsOf(json, 'refresh-sanctions-list').filter((s) =>
      asArray(s.Resource).some((r) => referencedLogicalId(r, statefulJson)?.startsWith('StorageArticles')),
    );
    expect(actionsOf(onArticles)).toContain('dynamodb:Query');
    expect(actionsOf(onArticles).filter((a) => /Put|Update|Delete|Write/.test(a))).toEqual([]);
  });
});
