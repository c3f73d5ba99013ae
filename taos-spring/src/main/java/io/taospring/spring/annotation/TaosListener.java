package io.taospring.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as the target of a TMQ consumer: a {@link TaosListenerContainer} subscribes to the topics and
 * calls the method per record (or per poll, with {@link #batch()}). Parameters: the row as a POJO or record
 * (columns to properties, {@code voltage_max} to {@code voltageMax}), a {@code Map<String, Object>}, a
 * {@link TaosRecord}, a {@code List} of any of these for batch listeners, {@code @Header} values named in
 * {@link TaosHeaders}, and an {@link Acknowledgment}. String attributes accept {@code ${...}} placeholders
 * and {@code #{...}} expressions.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(TaosListeners.class)
public @interface TaosListener {

    /** The listener id, to find its container in the {@link TaosListenerEndpointRegistry}; generated when empty. */
    String id() default "";

    /** The topics to subscribe to. */
    String[] topics() default {};

    /** Topics to subscribe to, created at start-up when absent. */
    TaosTopic[] topic() default {};

    /** The consumer group; the factory's default, else the listener id, when empty. */
    String groupId() default "";

    /** The prefix of the consumers' client ids (suffixed with {@code -0}, {@code -1}, ...); the id when empty. */
    String clientIdPrefix() default "";

    /** The number of consumers (threads) in the group; the factory's default when empty. */
    String concurrency() default "";

    /** Whether the container starts with the context ({@code true}/{@code false}); the factory's default when empty. */
    String autoStartup() default "";

    /** The bean name of the {@link TaosListenerContainerFactory}; {@code taosListenerContainerFactory} when empty. */
    String containerFactory() default "";

    /** Whether the method takes a whole poll as a {@code List} ({@code true}/{@code false}). */
    String batch() default "false";

    /** The ack mode (an {@link AckMode} name); the factory's default when empty. */
    String ackMode() default "";

    /** Raw consumer configuration, {@code key=value} each, e.g. {@code "auto.offset.reset=earliest"}. */
    String[] properties() default {};

    /** The bean name of a {@link TaosErrorHandler}; the factory's when empty. */
    String errorHandler() default "";
}
