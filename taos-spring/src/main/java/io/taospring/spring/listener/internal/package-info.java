/**
 * The implementation of {@code @TaosListener}: the annotation post-processor, the adapter from records to
 * spring-messaging handler methods (with its argument resolvers and row converter), and the consumer loop
 * split into its collaborators (offsets, redeliveries, lag). Not API: may change in any release.
 */
package io.taospring.spring.listener.internal;
