// Reads a sandbox's data straight over HTTP (global fetch), independently of the extension, so tests can
// compare what the extension shows with what the server holds.
import type { SandboxCredentials } from '../../src/core/sandbox/server';

export type { SandboxCredentials };

export class SandboxReader {
  private token: string | undefined;

  constructor(private readonly creds: SandboxCredentials) {}

  /** GET <baseUrl><path> as the sandbox's API Manager; `customerId` defaults to the sandbox's first customer. */
  async get<T = any>(path: string, customerId: string | number | undefined = this.creds.customerId): Promise<{ status: number; body: T }> {
    const headers: Record<string, string> = {
      'flinkey-API-Key': this.creds.apiKey,
      Authorization: `Bearer ${await this.accessToken()}`,
    };
    if (customerId !== undefined && path !== '/customers') headers['Customer-ID'] = String(customerId);
    const res = await fetch(`${this.creds.baseUrl}${path}`, { headers });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // plain-text reasons (404) stay text
    }
    return { status: res.status, body: body as T };
  }

  /** The body of a 200, or null for a 404 (no service / no car assigned). */
  async getOrNull<T = any>(path: string, customerId?: string | number): Promise<T | null> {
    const { status, body } = await this.get<T>(path, customerId);
    if (status === 404) return null;
    if (status !== 200) throw new Error(`GET ${path}: ${status} ${JSON.stringify(body)}`);
    return body;
  }

  async ok<T = any>(path: string, customerId?: string | number): Promise<T> {
    const { status, body } = await this.get<T>(path, customerId);
    if (status !== 200) throw new Error(`GET ${path}: ${status} ${JSON.stringify(body)}`);
    return body;
  }

  /** A fresh token of our own (the sandbox may revoke them). */
  async accessToken(): Promise<string> {
    if (this.token) return this.token;
    const res = await fetch(`${this.creds.baseUrl}/oauth2/token`, {
      method: 'POST',
      headers: { 'flinkey-API-Key': this.creds.apiKey, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: this.creds.username, password: this.creds.password, grant_type: 'password' }).toString(),
    });
    if (res.status !== 200) throw new Error(`token: ${res.status} ${await res.text()}`);
    this.token = ((await res.json()) as { access_token: string }).access_token;
    return this.token;
  }

  forgetToken(): void {
    this.token = undefined;
  }
}
