/**
 * Annotation-driven TMQ consumers, modelled on spring-kafka: {@link io.taospring.spring.annotation.TaosListener}
 * on a method, {@link io.taospring.spring.annotation.EnableTaos} (or Boot's auto-configuration) to find them,
 * a {@link io.taospring.spring.listener.TaosListenerContainer} per listener made by a
 * {@link io.taospring.spring.listener.TaosListenerContainerFactory}, held by the
 * {@link io.taospring.spring.listener.TaosListenerEndpointRegistry}; commits per
 * {@link io.taospring.spring.listener.AckMode}, retries and recovery by a
 * {@link io.taospring.spring.listener.TaosErrorHandler}. The poll loop and the method invocation live in
 * {@code .internal}.
 */
package io.taospring.spring.listener;
