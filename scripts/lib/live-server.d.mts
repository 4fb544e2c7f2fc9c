export interface LiveServer {
  appBase: string;
  relayUrl: string;
  stopRelay(): Promise<void>;
  restartRelay(): Promise<void>;
  close(): Promise<void>;
}

export function startLiveServer(options: {
  host: string;
  appPort: number;
  relayPort: number;
  bind?: string;
  dist?: string;
  log?: (line: string) => void;
}): Promise<LiveServer>;
