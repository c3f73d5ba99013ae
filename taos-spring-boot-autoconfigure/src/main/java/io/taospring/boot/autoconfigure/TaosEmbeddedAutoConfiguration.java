package io.taospring.boot.autoconfigure;

import io.taospring.embedded.EmbeddedTaosServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The embedded default: when {@code taos.url} is not set and {@code taos-embedded} is on the class path,
 * starts an {@link EmbeddedTaosServer} on a free loopback port, points the client at it and stops it with
 * the context. {@code taos.embedded.enabled} overrides the default either way.
 */
@AutoConfiguration
@ConditionalOnClass(EmbeddedTaosServer.class)
@ConditionalOnMissingBean(TaosConnectionDetails.class)
@Conditional(OnEmbeddedTaosCondition.class)
@EnableConfigurationProperties(TaosProperties.class)
public final class TaosEmbeddedAutoConfiguration {

    private static final Log logger = LogFactory.getLog(TaosEmbeddedAutoConfiguration.class);

    /** The server begun in the background by {@link EmbeddedTaosInitializer}, or one started now. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    EmbeddedTaosServer embeddedTaosServer(TaosProperties properties, ObjectProvider<EmbeddedTaosStartup> startup) {
        EmbeddedTaosStartup started = startup.getIfAvailable();
        EmbeddedTaosServer server = started != null ? started.server() : EmbeddedTaosSettings.of(properties).start();
        logger.info("Started an embedded TDengine-compatible server at " + server.dsn()
                + " because taos.url is not set (set taos.embedded.enabled=false to turn this off)");
        return server;
    }

    @Bean
    EmbeddedTaosConnectionDetails taosConnectionDetails(EmbeddedTaosServer server, TaosProperties properties) {
        return new EmbeddedTaosConnectionDetails(server, properties.getUsername(), properties.getPassword());
    }
}
