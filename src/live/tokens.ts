/** The auth tokens the relay checks (docs/live-protocol.md); JSON strings sent inside the socket. */
export function facilitatorToken(sid: string, facSecret: string, joinToken: string): string {
  return JSON.stringify({ v: 1, role: 'facilitator', sid, fac: facSecret, join: joinToken });
}

export function phoneToken(sid: string, joinToken: string, pidSecret: string): string {
  return JSON.stringify({ v: 1, role: 'phone', sid, join: joinToken, pid: pidSecret });
}

export const boardName = (sid: string) => `${sid}/board`;
export const ballotName = (sid: string, pid: string) => `${sid}/b/${pid}`;
