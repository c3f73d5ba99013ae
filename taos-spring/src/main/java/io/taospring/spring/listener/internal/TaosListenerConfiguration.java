package io.taospring.spring.listener.internal;

import io.taospring.spring.listener.TaosListenerEndpointRegistry;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;

/** What {@link io.taospring.spring.annotation.EnableTaos} imports: the annotation processor and the registry. */
@Configuration(proxyBeanMethods = false)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
public class TaosListenerConfiguration {

    /** The bean name of the annotation processor. */
    public static final String PROCESSOR_BEAN_NAME = "io.taospring.spring.listener.internal.taosListenerAnnotationProcessor";
    /** The bean name of the registry. */
    public static final String REGISTRY_BEAN_NAME = "taosListenerEndpointRegistry";

    /** Finds {@code @TaosListener} methods. */
    @Bean(PROCESSOR_BEAN_NAME)
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static TaosListenerAnnotationBeanPostProcessor taosListenerAnnotationProcessor() {
        return new TaosListenerAnnotationBeanPostProcessor();
    }

    /** Holds the containers. */
    @Bean(REGISTRY_BEAN_NAME)
    TaosListenerEndpointRegistry taosListenerEndpointRegistry() {
        return new TaosListenerEndpointRegistry();
    }
}
