// @ts-check
/**
 * `npm run relay`: the relay configured from the environment (README, "Run the live relay").
 * Prints one line with the address it listens on; stops cleanly on SIGINT/SIGTERM.
 */
import { DEFAULT_LIMITS, startRelay } from './server.mjs';

const env = process.env;

/**
 * @param {string} name
 * @param {number} fallback
 */
function whole(name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < (name === 'RELAY_PORT' ? 0 : 1)) {
    console.error(`relay: ${name} must be a whole number, not "${raw}"`);
    process.exit(2);
  }
  return value;
}

/** @param {string | undefined} raw */
const flag = (raw) => raw !== undefined && /^(1|true|yes|on)$/i.test(raw.trim());

const origins = env.RELAY_ALLOWED_ORIGINS?.split(',')
  .map((entry) => entry.trim())
  .filter(Boolean);
const host = env.RELAY_HOST?.trim() || '0.0.0.0';
const redisUrl = env.RELAY_REDIS_URL?.trim() || undefined;

try {
  const relay = await startRelay({
    host,
    port: whole('RELAY_PORT', 1234),
    allowedOrigins: origins && origins.length ? origins : undefined,
    trustProxy: flag(env.RELAY_TRUST_PROXY),
    redis: redisUrl,
    limits: {
      roomTtlMs: whole('RELAY_ROOM_TTL_MS', DEFAULT_LIMITS.roomTtlMs),
      maxRooms: whole('RELAY_MAX_ROOMS', DEFAULT_LIMITS.maxRooms),
      maxPhonesPerRoom: whole('RELAY_MAX_PHONES_PER_ROOM', DEFAULT_LIMITS.maxPhonesPerRoom),
      maxMessageBytes: whole('RELAY_MAX_MESSAGE_BYTES', DEFAULT_LIMITS.maxMessageBytes),
      maxConnectionsPerAddress: whole(
        'RELAY_MAX_CONNECTIONS_PER_ADDRESS',
        DEFAULT_LIMITS.maxConnectionsPerAddress,
      ),
    },
  });
  const shown = host.includes(':') ? `[${host}]` : host;
  const allowed = origins?.length
    ? origins.join(' ')
    : 'this host and localhost only (set RELAY_ALLOWED_ORIGINS)';
  console.log(
    `Servicetjek relay listening on ws://${shown}:${relay.port} (health: http://${shown}:${relay.port}/healthz)` +
      ` · origins: ${allowed} · redis: ${redisUrl ? 'on' : 'off'} · memory only, content never logged`,
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    relay.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`relay: cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
