package io.taospring.boot.autoconfigure;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosConfig;
import io.taospring.client.observation.RequestObserver;
import io.taospring.spring.core.TaosTemplate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration for TDengine: the {@link TaosConnectionDetails}, a {@link TaosClient} for the
 * session API, a {@link DataSource} (HikariCP over {@link io.taospring.client.jdbc.TaosDataSource} when
 * HikariCP is present) and a {@link TaosTemplate}. Every request is observed by the application's
 * {@link RequestObserver} beans (metrics, tracing). Runs before Boot's JDBC auto-configuration, which then
 * backs off.
 */
@AutoConfiguration(after = TaosEmbeddedAutoConfiguration.class, beforeName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration"})
@ConditionalOnClass({TaosClient.class, TaosTemplate.class})
@EnableConfigurationProperties(TaosProperties.class)
@Import({TaosDataSourceConfigurations.Hikari.class, TaosDataSourceConfigurations.Unpooled.class})
public final class TaosAutoConfiguration {

    @Bean
    static TaosPropertiesCheck taosPropertiesCheck(Environment environment) {
        return new TaosPropertiesCheck(environment);
    }

    @Bean
    @ConditionalOnMissingBean(TaosConnectionDetails.class)
    PropertiesTaosConnectionDetails taosConnectionDetails(TaosProperties properties) {
        return new PropertiesTaosConnectionDetails(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    TaosConnectionUrl taosConnectionUrl(TaosConnectionDetails details, TaosProperties properties,
            Environment environment, ObjectProvider<RequestObserver> observers) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("timezone", properties.getTimezone() == null ? null : properties.getTimezone().getId());
        parameters.put("connect_timeout", properties.getConnectTimeout().toMillis() + "ms");
        parameters.put("request_timeout", properties.getRequestTimeout().toMillis() + "ms");
        TaosProperties.Reconnect reconnect = properties.getReconnect();
        parameters.put("auto_reconnect", Boolean.toString(reconnect.isEnabled()));
        parameters.put("reconnect_retries", Integer.toString(reconnect.getRetries()));
        parameters.put("reconnect_interval", reconnect.getInterval().toMillis() + "ms");
        parameters.put("reconnect_max_interval", reconnect.getMaxInterval().toMillis() + "ms");
        parameters.put("app_name", properties.getApplicationName() != null ? properties.getApplicationName()
                : environment.getProperty("spring.application.name"));
        parameters.put("token", properties.getToken());
        parameters.put("trust_store", properties.getSsl().getTrustStore());
        parameters.put("trust_store_type", properties.getSsl().getTrustStoreType());
        parameters.put("trust_store_password", properties.getSsl().getTrustStorePassword());
        String url = TaosUrls.jdbcUrl(details, properties.getDatabase(), parameters);
        return new TaosConnectionUrl(url, RequestObserver.composite(observers.orderedStream().toList()));
    }

    /** Lazy: its transport (an HTTP client and threads) is built only when the application uses it. */
    @Bean(destroyMethod = "close")
    @Lazy
    @ConditionalOnMissingBean
    TaosClient taosClient(TaosConnectionUrl connection) {
        return TaosClient.create(TaosConfig.fromDsn(connection.jdbcUrl()).toBuilder()
                .requestObserver(connection.observer()).build());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(DataSource.class)
    TaosTemplate taosTemplate(DataSource dataSource) {
        return new TaosTemplate(dataSource);
    }
}
