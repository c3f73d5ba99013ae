package io.taospring.boot.autoconfigure;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Begins the embedded default's start before the context refreshes, when it will apply: taos-embedded on
 * the class path, {@link OnEmbeddedTaosCondition} true and the auto-configuration not excluded by
 * property. Registered in {@code META-INF/spring.factories}, so it runs in applications, not in
 * {@code ApplicationContextRunner}s (where the auto-configuration starts the server itself).
 */
final class EmbeddedTaosInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String SERVER_CLASS = "io.taospring.embedded.EmbeddedTaosServer";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!ClassUtils.isPresent(SERVER_CLASS, context.getClassLoader()) || !OnEmbeddedTaosCondition.applies(environment)
                || excluded(environment)) {
            return;
        }
        context.getBeanFactory().registerSingleton(EmbeddedTaosStartup.BEAN_NAME,
                EmbeddedTaosStartup.begin(EmbeddedTaosSettings.of(environment), context));
    }

    private static boolean excluded(ConfigurableEnvironment environment) {
        String exclude = environment.getProperty("spring.autoconfigure.exclude", "");
        return exclude.contains(TaosEmbeddedAutoConfiguration.class.getName());
    }
}
