package io.taospring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.boot.autoconfigure.EmbeddedTaosConnectionDetails;
import io.taospring.boot.autoconfigure.TaosConnectionDetails;
import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.spring.core.TaosTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code @EmbeddedTaos}: a server for the test class, used whatever taos.url says. */
@SpringBootTest(properties = "taos.url=ws://unreachable.invalid:6041")
@EmbeddedTaos
class EmbeddedTaosTest {

    @Autowired
    TaosConnectionDetails details;

    @Autowired
    EmbeddedTaosServer server;

    @Autowired
    TaosTemplate taos;

    @Test
    void exposesTheServerAsTheConnectionDetails() {
        assertThat(details).isInstanceOf(EmbeddedTaosConnectionDetails.class);
        assertThat(details.getUrl()).isEqualTo("ws://127.0.0.1:" + server.port());
    }

    @Test
    void theApplicationTalksToTheEmbeddedServer() {
        taos.execute("create database if not exists annotated");
        assertThat(taos.queryForList("show databases", String.class)).contains("annotated");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
