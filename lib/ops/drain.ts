import { subscribe } from "node:diagnostics_channel";
import type { Server, ServerResponse } from "node:http";

interface RequestMessage {
  response: ServerResponse;
  server: Server;
}

/**
 * Makes next-server's shutdown on SIGTERM a drain that ends. Next's own
 * handler closes the listener and waits for the open connections, but a
 * client on a keep-alive connection goes on sending requests over it, so the
 * wait never ended while clients were busy (a SIGTERM during 20 concurrent
 * saves waited out the whole grace period). From the signal on, every answer
 * (those in flight included) says `Connection: close`, and connections that
 * fall idle are closed, so the requests in flight finish and nothing new
 * starts. scripts/serve.mjs bounds the whole by a grace period.
 */
export function closeConnectionsOnSigterm(): void {
  const inFlight = new Set<ServerResponse>();
  const servers = new Set<Server>();
  let draining = false;
  subscribe("http.server.request.start", (message) => {
    const { response, server } = message as RequestMessage;
    servers.add(server);
    if (draining) response.shouldKeepAlive = false;
    else inFlight.add(response);
  });
  subscribe("http.server.response.finish", (message) => inFlight.delete((message as RequestMessage).response));
  process.once("SIGTERM", () => {
    draining = true;
    for (const response of inFlight) if (!response.headersSent) response.shouldKeepAlive = false;
    const closeIdle = () => servers.forEach((server) => server.closeIdleConnections());
    closeIdle();
    setInterval(closeIdle, 100).unref();
  });
}
