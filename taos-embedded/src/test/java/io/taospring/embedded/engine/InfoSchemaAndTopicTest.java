package io.taospring.embedded.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.embedded.engine.sql.Statement.TopicKind;
import io.taospring.embedded.engine.storage.Topic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InfoSchemaAndTopicTest extends EngineTestSupport {

    @BeforeEach
    void data() {
        meters();
        exec("CREATE DATABASE micro PRECISION 'us'");
        exec("CREATE TABLE micro.t_normal (ts TIMESTAMP, v INT, s NCHAR(10))");
    }

    @Test
    void jdbcDatabaseQuery() {
        assertThat(query("select name, `precision` as `precision` from information_schema.ins_databases").fields())
                .containsExactly(new TaosField("name", TaosType.VARCHAR, 64),
                        new TaosField("precision", TaosType.VARCHAR, 2));
        assertThat(rows("select name, `precision` as `precision` from information_schema.ins_databases"))
                .contains(row("power", "ms"), row("micro", "us"), row("information_schema", "ms"));
    }

    @Test
    void jdbcStableAndTableQueries() {
        assertThat(rows("select stable_name, db_name from information_schema.ins_stables where 1 = 1 "
                + "and db_name = 'power' and stable_name like 'met%'")).containsExactly(row("meters", "power"));
        assertThat(rows("select table_name, db_name, stable_name from information_schema.ins_tables where 1 = 1 "
                + "and db_name = 'power'")).containsExactly(row("d1001", "power", "meters"),
                row("d1002", "power", "meters"));
        assertThat(rows("select table_name, type from information_schema.ins_tables where db_name='micro' "
                + "and table_name like 't%'")).containsExactly(row("t_normal", "NORMAL_TABLE"));
        assertThat(rows("select view_name, db_name from information_schema.ins_views where 1 = 1")).isEmpty();
        assertThat(query("select * from information_schema.ins_tables where db_name='power'").fields().get(9))
                .isEqualTo(new TaosField("type", TaosType.VARCHAR, 21));
    }

    @Test
    void jdbcColumnAndTagQueries() {
        assertThat(rows("select table_name, db_name, table_type, col_name, col_type, col_length "
                + "from information_schema.ins_columns where db_name = 'micro'")).containsExactly(
                row("t_normal", "micro", "NORMAL_TABLE", "ts", "TIMESTAMP", 8L),
                row("t_normal", "micro", "NORMAL_TABLE", "v", "INT", 4L),
                row("t_normal", "micro", "NORMAL_TABLE", "s", "NCHAR(10)", 42L));
        assertThat(rows("select table_name, table_type, col_name, col_type from information_schema.ins_columns "
                + "where db_name = 'power' and table_name = 'meters'")).contains(
                row("meters", "SUPER_TABLE", "location", "VARCHAR(24)"));
        assertThat(rows("select table_name, db_name, stable_name, tag_name, tag_type from information_schema.ins_tags "
                + "where db_name = 'power' and table_name = 'd1001'")).containsExactly(
                row("d1001", "power", "meters", "groupid", "INT"),
                row("d1001", "power", "meters", "location", "VARCHAR(24)"));
        assertThat(rows("select tag_value from information_schema.ins_tags where table_name = 'd1002'"))
                .containsExactly(row("3"), row("California.LosAngeles"));
    }

    @Test
    void unknownSystemTable() {
        assertError("select * from information_schema.ins_nope", 0x2603, "Table does not exist: ins_nope");
    }

    @Test
    void topicsAreStoredShownAndDropped() {
        exec("CREATE TOPIC IF NOT EXISTS topic_meters AS SELECT ts, current, voltage, phase, groupid, location "
                + "FROM power.meters WHERE voltage > 200");
        exec("CREATE TOPIC topic_stb WITH META AS STABLE power.meters WHERE groupid = 2");
        exec("CREATE TOPIC topic_db AS DATABASE micro");
        exec("CREATE TOPIC IF NOT EXISTS topic_db AS DATABASE micro");
        assertThat(query("SHOW TOPICS").fields()).containsExactly(new TaosField("topic_name", TaosType.VARCHAR, 192));
        assertThat(rows("SHOW TOPICS")).containsExactly(row("topic_meters"), row("topic_stb"), row("topic_db"));
        assertThat(rows("select topic_name, db_name, meta, type from information_schema.ins_topics")).containsExactly(
                row("topic_meters", "power", "no", "column"), row("topic_stb", "power", "yes", "stable"),
                row("topic_db", "micro", "no", "db"));
        Topic stable = engine.catalog().topic("topic_stb");
        assertThat(stable.definition().kind()).isEqualTo(TopicKind.STABLE);
        assertThat(stable.definition().stable().name()).isEqualTo("meters");
        assertThat(engine.topics().get(0).definition().query().items()).hasSize(6);
        exec("DROP TOPIC topic_db");
        exec("DROP TOPIC IF EXISTS topic_db");
        assertThat(rows("SHOW TOPICS")).hasSize(2);
    }

    @Test
    void topicOnUnknownTableFails() {
        assertError("CREATE TOPIC t AS SELECT * FROM power.nope", 0x2603, "Table does not exist: nope");
        assertError("CREATE TOPIC t AS DATABASE nope", 0x0388, "Database not exist");
    }

    @Test
    void showConsumersAndSubscriptionsHaveTheirSchemas() {
        assertThat(names("SHOW SUBSCRIPTIONS")).containsExactly("topic_name", "consumer_group", "vgroup_id",
                "consumer_id", "user", "fqdn", "offset", "rows");
        assertThat(names("SHOW CONSUMERS")).startsWith("consumer_id", "consumer_group", "client_id");
    }

    @Test
    void ignoredStatementsSucceed() {
        assertThat(exec("ALTER LOCAL 'debugFlag' '143'")).isZero();
        assertThat(exec("CREATE USER u PASS 'x'")).isZero();
        assertThat(exec("KILL QUERY '1:2'")).isZero();
    }
}
