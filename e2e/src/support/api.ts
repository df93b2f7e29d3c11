/** Calls the running platform's API the way a script would (for test setup and look-ups, not for what is tested). */
export class PlatformApi {
  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async signIn(baseUrl: string, email: string, password: string): Promise<PlatformApi> {
    const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password, refreshTokenDelivery: 'body' }),
    });
    if (!response.ok) throw new Error(`login of ${email}: HTTP ${response.status} ${await response.text()}`);
    return new PlatformApi(baseUrl, ((await response.json()) as { accessToken: string }).accessToken);
  }

  get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path);
  }

  post<T>(path: string, body: object | FormData = {}): Promise<T> {
    return this.call<T>('POST', path, body);
  }

  put<T>(path: string, body: object): Promise<T> {
    return this.call<T>('PUT', path, body);
  }

  async download(path: string): Promise<Buffer> {
    const response = await this.fetch('GET', path);
    return Buffer.from(await response.arrayBuffer());
  }

  private async call<T>(method: string, path: string, body?: object | FormData): Promise<T> {
    const response = await this.fetch(method, path, body);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  private async fetch(method: string, path: string, body?: object | FormData): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    if (body && !(body instanceof FormData)) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers,
      body: body instanceof FormData ? body : body && JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
    return response;
  }
}
