package io.taospring.boot.test;

import io.taospring.boot.autoconfigure.EmbeddedTaosConnectionDetails;
import io.taospring.embedded.EmbeddedTaosServer;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
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
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                server.close();
            }
        });
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        beanFactory.registerSingleton("embeddedTaosServer", server);
        beanFactory.registerSingleton("taosConnectionDetails", new EmbeddedTaosConnectionDetails(server));
    }
}
