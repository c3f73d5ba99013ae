package io.taospring.spring.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Maps a class or record to a TDengine super table; its objects are rows of the super table's child tables. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface SuperTable {
    /** The super table name, optionally {@code db.stable}. */
    String value();
}
