// "Copy as TypeScript": a small node-fetch program for the request, headers read from environment variables.
// It never follows a redirect: that would carry the key and token to wherever the answer points.
import { describeQuery, ENV, requestUrl, type QueryRequest } from './requestUrl';
import { printable } from './snippetText';

/** A single-quoted TypeScript string literal. */
function tsString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

export function toTypeScript(r: QueryRequest): string {
  const url = requestUrl(r);
  const readable = printable(describeQuery(r.query));
  return `import fetch from 'node-fetch';

// GET ${printable(r.path)}${readable ? `?${readable}` : ''}
const url = ${tsString(url)};

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
    redirect: 'manual',
  });
  if (response.status >= 300 && response.status < 400) {
    throw new Error(\`flinkey answered with a redirect (\${response.status}) to \${response.headers.get('location') ?? '?'}; it is not followed. Check the base URL.\`);
  }
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
