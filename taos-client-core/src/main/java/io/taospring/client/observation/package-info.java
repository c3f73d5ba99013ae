/**
 * Hooks around each request a session sends, for metrics and tracing: a {@link RequestObserver} sees
 * the statement, its reqId and where it goes, and learns how it ended. The client knows no metrics
 * library; integrations (the Spring layer's Micrometer instrumentation) implement these interfaces.
 */
package io.taospring.client.observation;
