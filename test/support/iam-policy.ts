import type { Stack } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import type { IRole } from 'aws-cdk-lib/aws-iam';

/** One statement of a synthesized IAM policy. */
export interface PolicyStatement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: Record<string, Record<string, string>>;
}

/** Every statement of the inline policies attached to `role` in the template. */
export function roleStatements(template: Template, stack: Stack, role: IRole): PolicyStatement[] {
  const roleId = stack.getLogicalId(role.node.defaultChild as never);
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((p) => p['Properties'].Roles.some((r: { Ref: string }) => r.Ref === roleId))
    .flatMap((p) => p['Properties'].PolicyDocument.Statement);
}

/** IAM's `*` wildcard: does `pattern` match `value`? */
export function globMatches(pattern: string, value: string): boolean {
  return new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*')}$`).test(value);
}
