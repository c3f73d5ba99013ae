package io.taospring.bench.compare;

import io.taospring.client.TaosConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The consumer settings the TMQ scenarios give each side: the same server and credentials, ours in the seed's
 * keys, the official driver's in its WebSocket consumer's properties.
 */
final class ConsumerSettings {

    private ConsumerSettings() {
    }

    /** Our consumer's keys for {@code server}, plus {@code more} (key, value, key, value, ...). */
    static Map<String, String> ours(TaosConfig server, String... more) {
        Map<String, String> settings = new HashMap<>(Map.of("td.connect.ip", server.endpoint().host(),
                "td.connect.port", Integer.toString(server.endpoint().port()), "td.connect.user", server.user(),
                "td.connect.pass", server.password()));
        for (int i = 0; i < more.length; i += 2) {
            settings.put(more[i], more[i + 1]);
        }
        return Map.copyOf(settings);
    }

    /** The official WebSocket consumer's properties for {@code server}: group {@code group}, manual commits. */
    static Properties official(TaosConfig server, String group, String offsetReset) {
        Properties properties = new Properties();
        properties.setProperty("td.connect.type", "ws");
        properties.setProperty("bootstrap.servers", server.endpoint().authority());
        properties.setProperty("td.connect.user", server.user());
        properties.setProperty("td.connect.pass", server.password());
        properties.setProperty("group.id", group);
        properties.setProperty("auto.offset.reset", offsetReset);
        properties.setProperty("enable.auto.commit", "false");
        properties.setProperty("value.deserializer", "com.taosdata.jdbc.tmq.MapDeserializer");
        return properties;
    }
}
