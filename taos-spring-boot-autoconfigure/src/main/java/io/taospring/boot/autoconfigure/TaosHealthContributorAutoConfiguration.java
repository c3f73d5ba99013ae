package io.taospring.boot.autoconfigure;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosConfig;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/** Auto-configuration of the {@code taos} health indicator ({@code management.health.taos.enabled}). */
@AutoConfiguration(after = TaosAutoConfiguration.class)
@ConditionalOnClass({TaosClient.class, HealthIndicator.class})
@ConditionalOnBean(TaosConnectionUrl.class)
@EnableConfigurationProperties(TaosProperties.class)
public final class TaosHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnEnabledHealthIndicator("taos")
    @ConditionalOnMissingBean(name = "taosHealthIndicator")
    TaosHealthIndicator taosHealthIndicator(TaosConnectionUrl connection, TaosProperties properties) {
        return new TaosHealthIndicator(TaosConfig.fromDsn(connection.jdbcUrl()), properties.getHealth().getTimeout());
    }
}
