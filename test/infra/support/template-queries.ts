import type { FunctionName } from '../../../infra/definitions.js';

/** A synthesised CloudFormation template, as `Template.toJSON()` returns it. */
export interface CfnTemplate {
  Resources: Record<string, { Type: string; Properties?: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string }>;
  Outputs?: Record<string, { Value: unknown }>;
}

export interface PolicyStatement {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

export const resourcesOfType = (template: CfnTemplate, type: string) =>
  Object.entries(template.Resources)
    .filter(([, resource]) => resource.Type === type)
    .map(([logicalId, resource]) => ({ logicalId, properties: resource.Properties ?? {}, resource }));

export const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** The Lambda function deployed for functions/<name>/ (found by its POWERTOOLS_SERVICE_NAME). */
export const functionNamed = (template: CfnTemplate, name: FunctionName) => {
  const match = resourcesOfType(template, 'AWS::Lambda::Function').find(
    (fn) => fn.properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === name,
  );
  if (!match) throw new Error(`no function with POWERTOOLS_SERVICE_NAME=${name}`);
  return match;
};

/** Every statement of every policy attached to the function's role. */
export const statementsOf = (template: CfnTemplate, name: FunctionName): PolicyStatement[] => {
  const roleLogicalId = functionNamed(template, name).properties.Role['Fn::GetAtt'][0] as string;
  return resourcesOfType(template, 'AWS::IAM::Policy')
    .filter((policy) => (policy.properties.Roles as unknown[]).some((role) => JSON.stringify(role) === JSON.stringify({ Ref: roleLogicalId })))
    .flatMap((policy) => policy.properties.PolicyDocument.Statement as PolicyStatement[]);
};

export const actionsOf = (statements: PolicyStatement[]): string[] => statements.flatMap((s) => asArray(s.Action));

/**
 * Follows a reference from the stateless template into the stateful one: `Fn::GetStackOutput` (weak) or
 * `Fn::ImportValue` (strong) → the producing output's value, e.g. `{Ref: "OpsTopic…"}`.
 */
export const crossStackValue = (value: unknown, producer: CfnTemplate): unknown => {
  const reference = value as { 'Fn::GetStackOutput'?: { OutputName: string } };
  const outputName = reference?.['Fn::GetStackOutput']?.OutputName;
  if (!outputName) return value;
  const output = producer.Outputs?.[outputName];
  if (!output) throw new Error(`producer has no output ${outputName}`);
  return output.Value;
};

/** The logical id a `{Ref}` or `{Fn::GetAtt}` points at, following cross-stack references. */
export const referencedLogicalId = (value: unknown, producer?: CfnTemplate): string | undefined => {
  const resolved = (producer ? crossStackValue(value, producer) : value) as { Ref?: string; 'Fn::GetAtt'?: [string, string] };
  return resolved?.Ref ?? resolved?.['Fn::GetAtt']?.[0];
};
