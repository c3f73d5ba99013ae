package io.taospring.boot.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code taos.embedded.enabled} is true, or when it is unset and {@code taos.url} is unset too. */
final class OnEmbeddedTaosCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        ConditionMessage.Builder message = ConditionMessage.forCondition("Embedded TDengine");
        Boolean enabled = environment.getProperty("taos.embedded.enabled", Boolean.class);
        if (enabled != null) {
            return new ConditionOutcome(enabled, message.because("taos.embedded.enabled is " + enabled));
        }
        boolean urlSet = environment.containsProperty("taos.url");
        return new ConditionOutcome(!urlSet, message.because(urlSet ? "taos.url is set" : "taos.url is not set"));
    }

    /** Whether the embedded default applies to {@code environment}. */
    static boolean applies(Environment environment) {
        Boolean enabled = environment.getProperty("taos.embedded.enabled", Boolean.class);
        return enabled != null ? enabled : !environment.containsProperty("taos.url");
    }
}
