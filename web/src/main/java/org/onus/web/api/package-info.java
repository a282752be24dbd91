/**
 * The public REST API, version 1, under {@code /api/v1}: bearer tokens, JSON, errors as RFC 9457
 * problem documents. The contract is {@code API.md}; the running server also publishes it as
 * OpenAPI at {@code /openapi}.
 */
package org.onus.web.api;
