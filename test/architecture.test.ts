import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const sourceFiles = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));

describe('imports flow infra → functions → shared', () => {
  it.each(sourceFiles('shared'))('%s stays pure: no AWS SDK, no other layer, no environment, no clock', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    expect(source).not.toMatch(/from '@aws-sdk|from '@aws-lambda-powertools|from 'aws-cdk-lib/);
    expect(source).not.toMatch(/from '(\.\.\/)+(functions|infra|local)\//);
    expect(source).not.toMatch(/process\.env|Date\.now\(\)|new Date\(\)|randomUUID/);
  });

  it.each(sourceFiles('functions'))('%s does not import infra or the local runtime', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    expect(source).not.toMatch(/from '(\.\.\/)+(infra|local)\//);
  });
});
