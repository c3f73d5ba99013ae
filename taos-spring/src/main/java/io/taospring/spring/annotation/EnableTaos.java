package io.taospring.spring.annotation;

import io.taospring.spring.listener.internal.TaosListenerConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * Turns on {@link TaosListener} processing in a plain Spring application (Boot's auto-configuration does it
 * for you): the annotated methods of every bean get a container from the {@link TaosListenerContainerFactory}
 * bean named {@code taosListenerContainerFactory} (or the one a listener names), registered in the
 * {@link TaosListenerEndpointRegistry}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(TaosListenerConfiguration.class)
public @interface EnableTaos {
}
