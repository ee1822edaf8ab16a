import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const STRICT_CSP: string;
export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
export declare function serveStatic(
  dir: string,
  options?: {
    port?: number;
    host?: string;
    csp?: string | null;
    routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>>;
  },
): Promise<StaticServer>;
