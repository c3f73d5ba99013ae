package io.taospring.boot.test;

import java.util.List;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Finds {@link EmbeddedTaos} on a test class; registered in {@code META-INF/spring.factories}. */
class EmbeddedTaosContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        boolean annotated = MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY).isPresent(EmbeddedTaos.class);
        return annotated ? new EmbeddedTaosContextCustomizer(testClass) : null;
    }
}
