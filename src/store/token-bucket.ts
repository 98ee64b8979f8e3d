/**
 * The per-user token bucket of ../core/rate-limit.ts, as one Redis script so that taking a
 * token is atomic across processes: read the bucket, refill it for the time since its last
 * use, take a token or say how long until there is one, write it back. Time is Redis's own
 * clock (TIME), so processes whose clocks disagree still count one window.
 *
 * KEYS[1] the user's bucket; ARGV[1] capacity; ARGV[2] window in ms.
 * Returns { 1, 0 } when a token was taken, { 0, ms until the next token } when not.
 * The bucket expires once it would be full again, so idle users cost Redis nothing.
 */
export const TAKE_SCRIPT = `
local capacity = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1])
local at = tonumber(bucket[2])
if tokens == nil or at == nil then
  tokens = capacity
  at = now
end
local elapsed = math.max(0, now - at)
tokens = math.min(capacity, tokens + elapsed * capacity / window)
local allowed = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = math.ceil((1 - tokens) * window / capacity)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) * window / capacity) + 1)
return { allowed, wait }
`;
