package io.taospring.boot.test;

import io.taospring.boot.autoconfigure.EmbeddedTaosConnectionDetails;
import io.taospring.embedded.EmbeddedTaosServer;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts the server of one {@link EmbeddedTaos} test class and registers it with its connection details.
 * Equal only for the same test class, so each class gets its own context and server.
 */
record EmbeddedTaosContextCustomizer(Class<?> testClass) implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        EmbeddedTaosServer server = EmbeddedTaosServer.builder().build().start();
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
            // closed with the beans, after the lifecycle beans (a buffered writer flushing) stopped; registered
            // first, so closed last
            registry.registerDisposableBean("embeddedTaosServer.close", server::close);
        } else {
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                    server.close();
                }
            });
        }
        beanFactory.registerSingleton("embeddedTaosServer", server);
        beanFactory.registerSingleton("taosConnectionDetails", new EmbeddedTaosConnectionDetails(server));
    }
}
