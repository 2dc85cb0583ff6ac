import { connectSources } from "./src/core/aws/endpoints.ts";

/**
 * The page's Content Security Policy: scripts and styles only from the app itself (no inline
 * scripts, no eval), connections only to the app, the exact AWS endpoints it calls (STS and IAM
 * Toolbox, regional, FIPS and VPC endpoints: src/core/aws/endpoints.ts) and loopback.
 * Used by the build (meta tag), the preview server and `npm start` (headers).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self' ${connectSources().join(" ")}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
].join("; ");

/** Headers add what a meta tag cannot: refusing to be framed. */
export const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
