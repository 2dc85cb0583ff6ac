/**
 * The page's Content Security Policy: scripts and styles only from the app itself (no inline
 * scripts, no eval), connections only to the app, AWS STS endpoints (any region, VPC endpoints,
 * FIPS, China) and loopback (the local endpoint, local proxies, the tests' fake STS).
 * Used by the build (meta tag), the preview server and `npm start` (headers).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https://*.amazonaws.com https://*.amazonaws.com.cn http://127.0.0.1:* http://localhost:* http://[::1]:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
].join("; ");

/** Headers add what a meta tag cannot: refusing to be framed. */
export const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
