package io.taospring.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A topic a {@link TaosListener} declares: created with {@code CREATE TOPIC IF NOT EXISTS name AS sql} when
 * its container starts, then subscribed to.
 */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TaosTopic {

    /** The topic name. */
    String name();

    /** The query the topic delivers, e.g. {@code SELECT * FROM power.meters WHERE voltage > 240}. */
    String sql();
}
