// What the status bar item shows for each state of the server.

export type ServerState = 'starting' | 'ready' | 'stopped' | 'crashed' | 'failed';

export interface StatusView {
  readonly text: string;
  readonly tooltip: string;
  /** Read by screen readers, and by the end-to-end test to find the item. */
  readonly ariaLabel: string;
  readonly command: string;
  readonly isError: boolean;
}

export function statusView(state: ServerState): StatusView {
  switch (state) {
    case 'starting':
      return { text: '$(sync~spin) Berth', tooltip: 'Berth: the server is starting', ariaLabel: 'Berth: starting', command: 'berth.client.showOutput', isError: false };
    case 'ready':
      return { text: '$(check) Berth', tooltip: 'Berth: ready. Click to show the output.', ariaLabel: 'Berth: ready', command: 'berth.client.showOutput', isError: false };
    case 'stopped':
      return { text: '$(circle-slash) Berth', tooltip: 'Berth: the server is stopped. Click to restart it.', ariaLabel: 'Berth: stopped', command: 'berth.client.restartServer', isError: false };
    case 'crashed':
      return { text: '$(error) Berth', tooltip: 'Berth: the server stopped unexpectedly. Click to restart it.', ariaLabel: 'Berth: crashed', command: 'berth.client.restartServer', isError: true };
    case 'failed':
      return { text: '$(error) Berth', tooltip: 'Berth: the server could not start. Click to restart it; see the Berth output for why.', ariaLabel: 'Berth: failed to start', command: 'berth.client.restartServer', isError: true };
  }
}

/**
 * Decides whether a server that stopped unexpectedly is restarted: yes, unless it already crashed
 * `limit` times within `windowMs` (then it is left crashed, with one message, instead of looping).
 */
export class CrashPolicy {
  private readonly crashes: number[] = [];

  constructor(private readonly limit = 3, private readonly windowMs = 3 * 60_000) {}

  shouldRestart(now: number): boolean {
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0] > this.windowMs) this.crashes.shift();
    return this.crashes.length < this.limit;
  }

  reset(): void {
    this.crashes.length = 0;
  }
}
