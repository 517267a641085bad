// The Content-Security-Policy of the UI, the same in Electron and in hub mode: only our own files, no
// inline scripts, no eval, no frames, and network access only back to the origin (the hub's WebSocket).
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // The microphone only for Hearth's own page: push-to-talk (offline voice).
  'Permissions-Policy': 'camera=(), microphone=(self), geolocation=(), usb=(), serial=()',
};
