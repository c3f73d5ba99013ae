package io.taospring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.taospring.client.ReconnectPolicy;
import io.taospring.client.TaosClient;
import io.taospring.client.TaosConfig;
import io.taospring.client.jdbc.TaosDataSource;
import io.taospring.client.observation.RequestObserver;
import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.spring.core.TaosTemplate;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The client, DataSource and template auto-configuration, one behaviour per test. */
class TaosAutoConfigurationTest {

    private static EmbeddedTaosServer server;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TaosEmbeddedAutoConfiguration.class, TaosAutoConfiguration.class));

    @BeforeAll
    static void start() {
        server = EmbeddedTaosServer.builder().build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String url() {
        return "taos.url=ws://127.0.0.1:" + server.port();
    }

    @Test
    void createsTheClientAHikariDataSourceAndATaosTemplate() {
        runner.withPropertyValues(url()).run(context -> {
            assertThat(context).hasSingleBean(TaosClient.class).hasSingleBean(TaosTemplate.class)
                    .hasSingleBean(DataSource.class).hasBean("taosTemplate").doesNotHaveBean(EmbeddedTaosServer.class);
            HikariDataSource pool = context.getBean(HikariDataSource.class);
            assertThat(pool.getDataSource()).isInstanceOf(TaosDataSource.class);
            TaosTemplate taos = context.getBean(TaosTemplate.class);
            assertThat(taos.queryForObject("select server_version()", String.class)).isNotBlank();
            assertThat(taos.getDataSource()).isSameAs(pool);
        });
    }

    @Test
    void bindsEveryPropertyIntoTheClientSettings() {
        runner.withPropertyValues(url(), "taos.username=reader", "taos.password=s3cret", "taos.database=power",
                "taos.timezone=Asia/Shanghai", "taos.connect-timeout=3s", "taos.request-timeout=45s",
                "taos.application-name=meters").run(context -> {
                    TaosConfig config = context.getBean(TaosClient.class).config();
                    assertThat(config.user()).isEqualTo("reader");
                    assertThat(config.password()).isEqualTo("s3cret");
                    assertThat(config.database()).contains("power");
                    assertThat(config.timezone()).contains(ZoneId.of("Asia/Shanghai"));
                    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(45));
                    assertThat(config.applicationName()).contains("meters");
                    assertThat(config.endpoint().port()).isEqualTo(server.port());
                });
    }

    @Test
    void bindsTheReconnectPolicyAndTheUrlsOwnWins() {
        runner.withPropertyValues(url(), "taos.reconnect.retries=7", "taos.reconnect.interval=150ms",
                "taos.reconnect.max-interval=5s").run(context ->
                assertThat(context.getBean(TaosClient.class).config().reconnect())
                        .isEqualTo(new ReconnectPolicy(7, Duration.ofMillis(150), Duration.ofSeconds(5))));
        runner.withPropertyValues(url(), "taos.reconnect.enabled=false").run(context ->
                assertThat(context.getBean(TaosClient.class).config().reconnect().enabled()).isFalse());
        runner.withPropertyValues("taos.url=ws://127.0.0.1:" + server.port() + "?reconnect_retries=1",
                "taos.reconnect.retries=7").run(context ->
                assertThat(context.getBean(TaosClient.class).config().reconnect().retries()).isEqualTo(1));
        runner.withPropertyValues(url()).run(context ->
                assertThat(context.getBean(TaosClient.class).config().reconnect()).isEqualTo(ReconnectPolicy.DEFAULT));
    }

    @Test
    void bindsPoolSizing() {
        runner.withPropertyValues(url(), "taos.pool.max-size=3", "taos.pool.min-idle=1", "taos.pool.name=meters-pool",
                "taos.pool.connection-timeout=5s").run(context -> {
                    HikariDataSource pool = context.getBean(HikariDataSource.class);
                    assertThat(pool.getMaximumPoolSize()).isEqualTo(3);
                    assertThat(pool.getMinimumIdle()).isEqualTo(1);
                    assertThat(pool.getPoolName()).isEqualTo("meters-pool");
                    assertThat(pool.getConnectionTimeout()).isEqualTo(5_000);
                });
    }

    @Test
    void theUrlsOwnSettingsWinOverProperties() {
        runner.withPropertyValues("taos.url=ws://admin:pw@127.0.0.1:" + server.port() + "/power?timezone=UTC",
                "taos.username=reader", "taos.database=other", "taos.timezone=Asia/Shanghai").run(context -> {
                    TaosConfig config = context.getBean(TaosClient.class).config();
                    assertThat(config.user()).isEqualTo("admin");
                    assertThat(config.database()).contains("power");
                    assertThat(config.timezone()).contains(ZoneId.of("UTC"));
                });
    }

    @Test
    void applicationNameDefaultsToSpringApplicationName() {
        runner.withPropertyValues(url(), "spring.application.name=metering").run(context ->
                assertThat(context.getBean(TaosClient.class).config().applicationName()).contains("metering"));
    }

    @Test
    void withoutHikariTheDataSourceIsTaosDataSourceItself() {
        runner.withPropertyValues(url()).withClassLoader(new FilteredClassLoader(HikariDataSource.class))
                .run(context -> assertThat(context).getBean(DataSource.class).isInstanceOf(TaosDataSource.class));
    }

    @Test
    void everyBeanBacksOffFromTheApplicationsOwn() {
        runner.withPropertyValues(url()).withUserConfiguration(OwnBeans.class).run(context -> {
            assertThat(context).getBean(TaosConnectionDetails.class).isSameAs(context.getBean("ownDetails"));
            assertThat(context).getBean(TaosClient.class).isSameAs(context.getBean("ownClient"));
            assertThat(context).getBean(DataSource.class).isSameAs(context.getBean("ownDataSource"));
            assertThat(context).getBean(TaosTemplate.class).isSameAs(context.getBean("ownTemplate"));
        });
    }

    @Test
    void withoutObserversRequestsAreNotObserved() {
        runner.withPropertyValues(url()).run(context -> {
            assertThat(context.getBean(TaosClient.class).config().requestObserver()).isSameAs(RequestObserver.NONE);
            TaosDataSource taos = (TaosDataSource) context.getBean(HikariDataSource.class).getDataSource();
            assertThat(taos.getRequestObserver()).isSameAs(RequestObserver.NONE);
        });
    }

    @Test
    void anUnknownKeyFailsStartUpNamingTheClosestValidKey() {
        runner.withPropertyValues(url(), "taos.pool.max-sise=4").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(UnknownTaosPropertyException.class)
                    .hasMessageContaining("'taos.pool.max-sise'").hasMessageContaining("did you mean 'taos.pool.max-size'");
        });
        runner.withPropertyValues("taos.urll=ws://127.0.0.1:1").run(context ->
                assertThat(context.getStartupFailure()).hasMessageContaining("'taos.urll'")
                        .hasMessageContaining("'taos.url'"));
    }

    @Test
    void relaxedSpellingsOfValidKeysAreAccepted() {
        runner.withPropertyValues(url(), "taos.connectTimeout=4s", "taos.pool.max_size=2")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void createsNothingWithoutTheClientClasses() {
        runner.withPropertyValues(url()).withClassLoader(new FilteredClassLoader(TaosClient.class)).run(context ->
                assertThat(context).doesNotHaveBean(TaosTemplate.class).doesNotHaveBean(DataSource.class)
                        .doesNotHaveBean(TaosConnectionDetails.class));
    }

    @Test
    void isRegisteredInTheAutoConfigurationImportsFile() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
                .contains(TaosAutoConfiguration.class.getName(), TaosEmbeddedAutoConfiguration.class.getName(),
                        TaosHealthContributorAutoConfiguration.class.getName(),
                        TaosMetricsAutoConfiguration.class.getName(), TaosObservationAutoConfiguration.class.getName());
    }

    @Test
    void configurationMetadataIsGeneratedWithDescriptions() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).isNotNull();
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"taos.url\"", "\"taos.pool.max-size\"", "\"taos.embedded.enabled\"",
                    "\"taos.health.timeout\"", "\"management.health.taos.enabled\"", "Time allowed to establish a connection");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {

        @Bean
        TaosConnectionDetails ownDetails() {
            return () -> "ws://127.0.0.1:" + server.port();
        }

        @Bean(destroyMethod = "close")
        TaosClient ownClient() {
            return TaosClient.create("ws://127.0.0.1:" + server.port());
        }

        @Bean
        TaosDataSource ownDataSource() {
            return new TaosDataSource("jdbc:taos:ws://127.0.0.1:" + server.port());
        }

        @Bean
        TaosTemplate ownTemplate(DataSource dataSource) {
            return new TaosTemplate(dataSource);
        }
    }
}
