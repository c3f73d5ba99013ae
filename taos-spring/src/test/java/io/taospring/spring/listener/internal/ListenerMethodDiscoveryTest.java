package io.taospring.spring.listener.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.spring.annotation.EnableTaos;
import io.taospring.spring.annotation.TaosListener;
import io.taospring.spring.listener.TaosListenerContainerFactory;
import io.taospring.spring.listener.TaosListenerEndpointRegistry;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AliasFor;

/**
 * Which methods become listeners: the post-processor skips beans cheaply when nothing in their hierarchy is
 * annotated, and must not skip any of the places a merged search finds {@code @TaosListener}. No container starts
 * ({@code autoStartup = "false"}), so no server is needed.
 */
class ListenerMethodDiscoveryTest {

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @TaosListener(topics = "composed_t", autoStartup = "false")
    @interface ComposedListener {

        @AliasFor(annotation = TaosListener.class, attribute = "id")
        String id();
    }

    static class Direct {
        @TaosListener(id = "direct", topics = "t", autoStartup = "false")
        void onRow(Map<String, Object> row) {
        }
    }

    static class Repeated {
        @TaosListener(id = "first", topics = "t", autoStartup = "false")
        @TaosListener(id = "second", topics = "t", autoStartup = "false")
        void onRow(Map<String, Object> row) {
        }
    }

    static class Composed {
        @ComposedListener(id = "composed")
        void onRow(Map<String, Object> row) {
        }
    }

    interface Contract {
        @TaosListener(id = "fromInterface", topics = "t", autoStartup = "false")
        void onRow(Map<String, Object> row);
    }

    static class Implementation implements Contract {
        @Override
        public void onRow(Map<String, Object> row) {
        }
    }

    abstract static class Base {
        @TaosListener(id = "fromSuperclass", topics = "t", autoStartup = "false")
        abstract void onRow(Map<String, Object> row);
    }

    static class Subclass extends Base {
        @Override
        void onRow(Map<String, Object> row) {
        }
    }

    /** Annotated, but not with a listener annotation. */
    static class Plain {
        @Deprecated
        void onRow(Map<String, Object> row) {
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTaos
    static class App {

        @Bean
        TaosListenerContainerFactory taosListenerContainerFactory() {
            return TaosListenerContainerFactory.builder().consumerConfig(Map.of("td.connect.ip", "127.0.0.1")).build();
        }

        @Bean
        Direct direct() {
            return new Direct();
        }

        @Bean
        Repeated repeated() {
            return new Repeated();
        }

        @Bean
        Composed composed() {
            return new Composed();
        }

        @Bean
        Contract implementation() {
            return new Implementation();
        }

        @Bean
        Base subclass() {
            return new Subclass();
        }

        @Bean
        Plain plain() {
            return new Plain();
        }
    }

    @Test
    void findsDirectRepeatedComposedAndInheritedListenersAndNothingElse() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(App.class)) {
            TaosListenerEndpointRegistry registry = context.getBean(TaosListenerEndpointRegistry.class);

            assertThat(registry.getListenerContainerIds()).containsExactlyInAnyOrder("direct", "first", "second",
                    "composed", "fromInterface", "fromSuperclass");
            assertThat(registry.getListenerContainer("composed").isRunning()).isFalse();
        }
    }
}
