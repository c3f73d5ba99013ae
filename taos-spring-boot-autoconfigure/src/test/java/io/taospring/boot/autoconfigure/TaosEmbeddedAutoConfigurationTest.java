package io.taospring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.spring.core.TaosTemplate;
import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The embedded default: on when taos.url is unset and taos-embedded is present, and its overrides. */
@ExtendWith(OutputCaptureExtension.class)
class TaosEmbeddedAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TaosEmbeddedAutoConfiguration.class, TaosAutoConfiguration.class));

    @Test
    void startsAnEmbeddedServerWhenNoUrlIsSetAndStopsItWithTheContext(CapturedOutput output) {
        AtomicInteger port = new AtomicInteger();
        runner.run(context -> {
            EmbeddedTaosServer server = context.getBean(EmbeddedTaosServer.class);
            port.set(server.port());
            assertThat(server.host()).isEqualTo("127.0.0.1");
            assertThat(context.getBean(TaosConnectionDetails.class).getUrl()).isEqualTo("ws://127.0.0.1:" + server.port());
            TaosTemplate taos = context.getBean(TaosTemplate.class);
            taos.execute("create database embedded_default");
            assertThat(taos.queryForList("show databases", String.class)).contains("embedded_default");
        });
        assertThat(output).containsOnlyOnce("Started an embedded TDengine-compatible server at ws://127.0.0.1:" + port.get());
        assertThatThrownBy(() -> new Socket("127.0.0.1", port.get()).close()).isInstanceOf(IOException.class);
    }

    @Test
    void theConfiguredUserCanLogInToTheEmbeddedServer() {
        runner.withPropertyValues("taos.username=app", "taos.password=app-secret").run(context ->
                assertThat(context.getBean(TaosTemplate.class).queryForObject("select 1", Integer.class)).isEqualTo(1));
    }

    @Test
    void noEmbeddedServerWhenAUrlIsSet() {
        runner.withPropertyValues("taos.url=ws://db.example:6041").run(context -> {
            assertThat(context).doesNotHaveBean(EmbeddedTaosServer.class);
            assertThat(context.getBean(TaosConnectionDetails.class).getUrl()).isEqualTo("ws://db.example:6041");
        });
    }

    @Test
    void embeddedEnabledFalseTurnsTheDefaultOff() {
        runner.withPropertyValues("taos.embedded.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(EmbeddedTaosServer.class);
            assertThat(context.getBean(TaosConnectionDetails.class).getUrl())
                    .isEqualTo(PropertiesTaosConnectionDetails.DEFAULT_URL);
        });
    }

    @Test
    void embeddedEnabledTrueStartsTheServerEvenWithAUrl() {
        runner.withPropertyValues("taos.url=ws://db.example:6041", "taos.embedded.enabled=true").run(context -> {
            assertThat(context).hasSingleBean(EmbeddedTaosServer.class);
            assertThat(context.getBean(TaosConnectionDetails.class)).isInstanceOf(EmbeddedTaosConnectionDetails.class);
        });
    }

    @Test
    void noEmbeddedServerWithoutTaosEmbeddedOnTheClassPath() {
        runner.withClassLoader(new FilteredClassLoader(EmbeddedTaosServer.class)).run(context -> {
            assertThat(context).doesNotHaveBean(EmbeddedTaosServer.class);
            assertThat(context.getBean(TaosConnectionDetails.class).getUrl())
                    .isEqualTo(PropertiesTaosConnectionDetails.DEFAULT_URL);
        });
    }
}
