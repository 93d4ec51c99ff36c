import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { ALERTS_TABLE, ARTICLES_TABLE, type KeyAttribute, type TableDefinition } from '../definitions.js';

const attribute = (key: KeyAttribute) => ({
  name: key.name,
  type: key.type === 'S' ? AttributeType.STRING : AttributeType.NUMBER,
});

/**
 * Builds a table from its shared definition. AWS-managed encryption (aws/dynamodb) rather than a
 * customer-managed key: no data leaves the account, so a key policy of our own would add cost and a way
 * to lock ourselves out (a disabled key makes the table unreadable) without narrowing access, which the
 * functions' IAM grants already do.
 */
const tableFromDefinition = (scope: Construct, definition: TableDefinition, deletionProtection: boolean): Table => {
  const table = new Table(scope, definition.id, {
    partitionKey: attribute(definition.partitionKey),
    ...(definition.sortKey && { sortKey: attribute(definition.sortKey) }),
    billingMode: BillingMode.PAY_PER_REQUEST,
    encryption: TableEncryption.AWS_MANAGED,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    ...(definition.timeToLiveAttribute && { timeToLiveAttribute: definition.timeToLiveAttribute }),
    deletionProtection,
    // RETAIN: deleting a stack must never delete data; tagged history cannot be rebuilt, feeds only carry recent items.
    removalPolicy: RemovalPolicy.RETAIN,
  });
  for (const index of definition.globalIndexes) {
    table.addGlobalSecondaryIndex({
      indexName: index.name,
      partitionKey: attribute(index.partitionKey),
      ...(index.sortKey && { sortKey: attribute(index.sortKey) }),
    });
  }
  return table;
};

/** The articles single table and the alerts table, as infra/definitions.ts defines them. */
export class ArticlesStorage extends Construct {
  readonly articles: Table;
  readonly alerts: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.articles = tableFromDefinition(this, ARTICLES_TABLE, true);
    // Deletion-protected too: it holds the audit trail of every alert decision, and the story states
    // whose loss would re-alert every open story on the next redrive.
    this.alerts = tableFromDefinition(this, ALERTS_TABLE, true);
  }
}
