/**
 * Micrometer instrumentation of the client, as {@link io.taospring.client.observation.RequestObserver}s:
 * meters ({@link io.taospring.spring.observation.TaosClientMetrics}), an {@code Observation} per request
 * following OpenTelemetry's database conventions ({@link io.taospring.spring.observation.TaosClientObservations}),
 * the current trace id carried into TDengine's reqId ({@link io.taospring.spring.observation.TraceIdReqIds});
 * and the meters of {@code @TaosListener} containers ({@link io.taospring.spring.observation.TaosListenerMetrics}).
 * Each class needs only its own Micrometer module; none is loaded when the application does not use it.
 */
package io.taospring.spring.observation;
