// "Copy as TypeScript": a small node-fetch program for the request, headers read from environment variables.
import { describeQuery, ENV, requestUrl, type QueryRequest } from './requestUrl';

/** A single-quoted TypeScript string literal. */
function tsString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

export function toTypeScript(r: QueryRequest): string {
  const readable = describeQuery(r.query).replace(/[\r\n]+/g, ' ');
  return `import fetch from 'node-fetch';

// GET ${r.path.replace(/[\r\n]+/g, ' ')}${readable ? `?${readable}` : ''}
const url = ${tsString(requestUrl(r))};

function env(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(\`Set \${name} in the environment first.\`);
  }
  return value;
}

async function main(): Promise<void> {
  const response = await fetch(url, {
    headers: {
      'flinkey-API-Key': env('${ENV.apiKey}'),
      Authorization: \`Bearer \${env('${ENV.token}')}\`,
      'Customer-ID': env('${ENV.customerId}'),
      Accept: 'application/json',
    },
  });
  if (!response.ok) {
    throw new Error(\`flinkey answered \${response.status}: \${await response.text()}\`);
  }
  const body: unknown = await response.json();
  console.log(JSON.stringify(body, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
`;
}
