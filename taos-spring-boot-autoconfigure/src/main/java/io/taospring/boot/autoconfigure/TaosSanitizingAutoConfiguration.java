package io.taospring.boot.autoconfigure;

import java.util.Set;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Keeps TDengine secrets out of the actuator's {@code /configprops} and {@code /env}, even when they are
 * set to show values: {@code taos.password}, {@code taos.token} and {@code taos.ssl.trust-store-password}
 * are masked whole, and {@code taos.url} keeps its shape with its password and secret parameters masked.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class TaosSanitizingAutoConfiguration {

    /** Keys without case and separators, so that taos.ssl.trust-store-password, its camelCase form in
     * /configprops and TAOS_SSL_TRUSTSTOREPASSWORD in /env all match. */
    private static final Set<String> SECRET_KEYS = Set.of("taospassword", "taostoken", "taosssltruststorepassword");
    private static final String URL_KEY = "taosurl";

    @Bean
    SanitizingFunction taosSanitizingFunction() {
        return TaosSanitizingAutoConfiguration::sanitize;
    }

    static SanitizableData sanitize(SanitizableData data) {
        if (data.getValue() == null) {
            return data;
        }
        String key = data.getLowerCaseKey().replaceAll("[^a-z0-9]", "");
        if (SECRET_KEYS.contains(key)) {
            return data.withSanitizedValue();
        }
        if (key.equals(URL_KEY)) {
            return data.withValue(TaosSecrets.maskUrl(data.getValue().toString()));
        }
        return data;
    }
}
