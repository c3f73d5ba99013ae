package io.taospring.client.tmq;

import com.taosdata.jdbc.tmq.ConsumerRecords;
import com.taosdata.jdbc.tmq.TopicPartition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** The two consumers under test: this client's {@link TaosConsumer} and the official driver's. */
enum Consumers {
    OURS {
        @Override
        ConsumerUnderTest create(int port, String group, String reset) {
            return new Ours(TaosConsumer.create(Map.of("td.connect.ip", "127.0.0.1",
                    "td.connect.port", Integer.toString(port), "group.id", group, "client.id", "ours",
                    "auto.offset.reset", reset, "enable.auto.commit", "false")));
        }
    },
    OFFICIAL {
        @Override
        ConsumerUnderTest create(int port, String group, String reset) throws Exception {
            Properties properties = new Properties();
            properties.setProperty("td.connect.type", "ws");
            properties.setProperty("bootstrap.servers", "127.0.0.1:" + port);
            properties.setProperty("td.connect.user", "root");
            properties.setProperty("td.connect.pass", "taosdata");
            properties.setProperty("group.id", group);
            properties.setProperty("client.id", "official");
            properties.setProperty("auto.offset.reset", reset);
            properties.setProperty("enable.auto.commit", "false");
            properties.setProperty("value.deserializer", "com.taosdata.jdbc.tmq.MapDeserializer");
            return new Official(new com.taosdata.jdbc.tmq.TaosConsumer<>(properties));
        }
    };

    abstract ConsumerUnderTest create(int port, String group, String reset) throws Exception;

    /** This client's consumer. */
    static final class Ours implements ConsumerUnderTest {
        final TaosConsumer consumer;
        private String topic;

        Ours(TaosConsumer consumer) {
            this.consumer = consumer;
        }

        @Override
        public void subscribe(String name) {
            this.topic = name;
            consumer.subscribe(List.of(name));
        }

        @Override
        public List<Row> poll(Duration timeout) {
            List<Row> rows = new ArrayList<>();
            for (ConsumerRecord record : consumer.poll(timeout)) {
                rows.add(new Row(record.vgroupId(), record.offset(), record.get("id", Integer.class)));
            }
            return rows;
        }

        @Override
        public void commitSync() {
            consumer.commitSync();
        }

        @Override
        public Set<Integer> assignment() {
            Set<Integer> vgroups = new LinkedHashSet<>();
            consumer.assignment().forEach(v -> vgroups.add(v.vgroupId()));
            return vgroups;
        }

        @Override
        public void seek(int vgroup, long offset) {
            consumer.seek(new TopicVgroup(topic, vgroup), offset);
        }

        @Override
        public long position(int vgroup) {
            return consumer.position(new TopicVgroup(topic, vgroup));
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    /** The official driver's WebSocket consumer. */
    static final class Official implements ConsumerUnderTest {
        private final com.taosdata.jdbc.tmq.TaosConsumer<Map<String, Object>> consumer;
        private String topic;

        Official(com.taosdata.jdbc.tmq.TaosConsumer<Map<String, Object>> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void subscribe(String name) throws Exception {
            this.topic = name;
            consumer.subscribe(List.of(name));
        }

        @Override
        public List<Row> poll(Duration timeout) throws Exception {
            List<Row> rows = new ArrayList<>();
            ConsumerRecords<Map<String, Object>> records = consumer.poll(timeout);
            for (com.taosdata.jdbc.tmq.ConsumerRecord<Map<String, Object>> record : records) {
                Map<String, Object> value = new LinkedHashMap<>(record.value());
                rows.add(new Row(record.getVGroupId(), record.getOffset(), ((Number) value.get("id")).intValue()));
            }
            return rows;
        }

        @Override
        public void commitSync() throws Exception {
            consumer.commitSync();
        }

        @Override
        public Set<Integer> assignment() throws Exception {
            Set<Integer> vgroups = new LinkedHashSet<>();
            for (TopicPartition partition : consumer.assignment()) {
                vgroups.add(partition.getVGroupId());
            }
            return vgroups;
        }

        @Override
        public void seek(int vgroup, long offset) throws Exception {
            consumer.seek(new TopicPartition(topic, vgroup), offset);
        }

        @Override
        public long position(int vgroup) throws Exception {
            return consumer.position(new TopicPartition(topic, vgroup));
        }

        @Override
        public void close() throws java.sql.SQLException {
            consumer.close();
        }
    }
}
