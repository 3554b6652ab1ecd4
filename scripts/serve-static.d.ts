/** Serves `dir` over plain http on 127.0.0.1 (`port` 0: any free port). */
export function serveStatic(dir: string, port?: number): Promise<{ url: string; close(): Promise<void> }>;
