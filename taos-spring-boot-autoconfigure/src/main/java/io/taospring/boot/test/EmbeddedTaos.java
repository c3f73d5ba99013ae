package io.taospring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts an embedded TDengine-compatible server for a Spring test class (one server per class, on a free
 * loopback port, stopped with the test's context) and exposes it as the
 * {@link io.taospring.boot.autoconfigure.TaosConnectionDetails} bean, so that the application under test
 * connects to it whatever {@code taos.url} says.
 *
 * <pre>{@code
 * @SpringBootTest
 * @EmbeddedTaos
 * class MeterRepositoryTest { @Autowired TaosTemplate taos; ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface EmbeddedTaos {
}
