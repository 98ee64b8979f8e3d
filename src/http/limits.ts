/**
 * What the HTTP server gives clients it has not authenticated yet, and for how long. Every
 * byte before a signature check is hostile: a client that announces or trickles a big body,
 * or holds connections open, must not be able to buy memory or sockets with it.
 */
export interface HttpLimits {
  /** Open connections served; a request on any connection beyond these is answered 503 and the connection closed. */
  maxConnections: number;
  /** Bytes of request bodies held across all requests while they are read and before their signature is checked. */
  maxBodyBytesHeld: number;
  /**
   * The most a body that does not announce its length (chunked) may have, whatever the route
   * allows. Slack and Discord always send Content-Length; a body without one is likelier a
   * stranger trickling bytes, and reading it only to refuse it at the route's limit costs memory.
   */
  maxUnannouncedBodyBytes: number;
  /** The request line and headers must arrive within this (Node's headersTimeout). */
  headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this (Node's requestTimeout); then 408 and the connection is closed. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /**
   * How often Node looks for requests past the two timeouts above. Its default, 30 s, let a
   * 10 s timeout fire after 17–27 s; a timeout fires at most this much late.
   */
  timeoutCheckIntervalMs: number;
  /**
   * Shutdown: requests already received get this long to be answered, and connections still
   * idle or half-sent are closed when it is over. Requests that arrive meanwhile on open
   * connections are answered 503 with `Connection: close`.
   */
  drainMs: number;
  /** After this many refused requests, and then reclaimQuietMs without another, the server calls its onQuietAfterAttack hook. */
  reclaimAfterRefusals: number;
  reclaimQuietMs: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  // Far more than Slack and Discord open to one bot, far fewer than a default 1,024-descriptor limit.
  maxConnections: 512,
  // Some 2,000 typical Slack requests at once, or eight of the largest body a route accepts.
  maxBodyBytesHeld: 8 * 1024 * 1024,
  // Four times the largest everyday request (a click under a public answer, about 14 KB).
  maxUnannouncedBodyBytes: 64 * 1024,
  headersTimeoutMs: 5_000,
  // Slack and Discord want an answer within 3 s: a body still arriving after 5 s cannot be answered in time.
  requestTimeoutMs: 5_000,
  keepAliveTimeoutMs: 5_000,
  timeoutCheckIntervalMs: 250,
  // Covers Bolt's 3 s wait for an acknowledgement, and leaves the process inside 5 s overall.
  drainMs: 3_500,
  // A few hundred refusals is an attack (or a misconfigured client), not Slack's own mistakes.
  reclaimAfterRefusals: 200,
  reclaimQuietMs: 1_000,
};

/** Beyond this many open connections Node drops new ones unanswered; between the two, they get a 503. */
export const hardConnectionCap = (limits: HttpLimits): number => limits.maxConnections + 128;
