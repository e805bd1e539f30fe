// /mcp: the MCP endpoint over Streamable HTTP, stateless (a server and transport per request), read-only.
import { StreamableHTTPTransport } from '@hono/mcp';
import type { App, RouteContext } from '../routes/context.ts';
import { createMcpServer } from './server.ts';

export const MCP_PATH = '/mcp';

export function registerMcpRoute(app: App, ctx: RouteContext): void {
  app.all(MCP_PATH, async (c) => {
    // Stateless: no session to leak between clients, and every call sees the store as it is now.
    const transport = new StreamableHTTPTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    const server = createMcpServer(ctx);
    await server.connect(transport);
    try {
      return (await transport.handleRequest(c)) ?? c.body(null, 204);
    } finally {
      await server.close().catch(() => undefined);
    }
  });
}
