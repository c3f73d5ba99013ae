package io.taospring.spring.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the primary timestamp: an {@code Instant}, {@code java.util.Date}, or a {@code long} in the database precision. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface TimestampColumn {
    /** The column name; the property name in snake_case when empty. */
    String value() default "";
}
