// The base of the fake's proxies and its error type (apart, so that the fake's
// modules can extend them without an import cycle).
import type { WorkbookState } from './fake-state';

/** What a proxy needs of its request context. */
export interface ProxyContext {
  readonly state: WorkbookState;
  enqueue(payload: unknown, apply: () => void): void;
}

/** Errors as Office.js reports them: a code and a message. */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What every proxy shares: loaded properties that throw until synced. */
export class FakeProxy {
  protected readonly loaded = new Map<string, unknown>();
  constructor(readonly context: ProxyContext) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }
}

