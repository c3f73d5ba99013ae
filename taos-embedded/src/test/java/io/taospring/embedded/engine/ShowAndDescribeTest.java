package io.taospring.embedded.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShowAndDescribeTest extends EngineTestSupport {

    @BeforeEach
    void data() {
        meters();
        exec("CREATE TABLE t_normal (ts TIMESTAMP, v INT)");
    }

    @Test
    void showDatabasesIncludesSystemDatabases() {
        assertThat(query("SHOW DATABASES").fields()).containsExactly(new TaosField("name", TaosType.VARCHAR, 64));
        assertThat(rows("SHOW DATABASES")).containsExactly(row("information_schema"), row("performance_schema"),
                row("power"));
        assertThat(rows("SHOW USER DATABASES")).containsExactly(row("power"));
        assertThat(rows("SHOW SYSTEM DATABASES")).hasSize(2);
    }

    @Test
    void showStablesAndTables() {
        assertThat(query("SHOW STABLES").fields()).containsExactly(new TaosField("stable_name", TaosType.VARCHAR,
                192));
        assertThat(rows("SHOW power.STABLES LIKE 'm%'")).containsExactly(row("meters"));
        assertThat(query("SHOW TABLES").fields()).containsExactly(new TaosField("table_name", TaosType.VARCHAR, 192));
        assertThat(rows("SHOW `power`.TABLES")).containsExactly(row("d1001"), row("d1002"), row("t_normal"));
        assertThat(rows("SHOW TABLES LIKE 'd%'")).containsExactly(row("d1001"), row("d1002"));
        assertThat(rows("SHOW NORMAL TABLES")).containsExactly(row("t_normal"));
        assertThat(rows("SHOW CHILD TABLES")).containsExactly(row("d1001"), row("d1002"));
    }

    @Test
    void showClusterAlive() {
        assertThat(query("SHOW CLUSTER ALIVE").fields()).containsExactly(TaosField.of("status", TaosType.INT));
        assertThat(rows("SHOW CLUSTER ALIVE")).containsExactly(row(1L));
    }

    @Test
    void describeSuperTableListsColumnsThenTagsWithSevenColumns() {
        assertThat(names("DESCRIBE meters")).containsExactly("field", "type", "length", "note", "encode",
                "compress", "level");
        assertThat(query("DESCRIBE meters").fields().subList(0, 4)).containsExactly(
                new TaosField("field", TaosType.VARCHAR, 64), new TaosField("type", TaosType.VARCHAR, 20),
                TaosField.of("length", TaosType.INT), new TaosField("note", TaosType.VARCHAR, 16));
        assertThat(rows("describe `power`.`meters`")).containsExactly(
                row("ts", "TIMESTAMP", 8L, "", "delta-i", "lz4", "medium"),
                row("current", "FLOAT", 4L, "", "delta-d", "lz4", "medium"),
                row("voltage", "INT", 4L, "", "simple8b", "lz4", "medium"),
                row("phase", "FLOAT", 4L, "", "delta-d", "lz4", "medium"),
                row("groupid", "INT", 4L, "TAG", "disabled", "disabled", "disabled"),
                row("location", "VARCHAR", 24L, "TAG", "disabled", "disabled", "disabled"));
        assertThat(rows("DESC d1001")).hasSize(6);
        assertThat(rows("DESCRIBE t_normal")).hasSize(2);
    }

    @Test
    void describeSystemTableHasFourColumns() {
        assertThat(names("DESCRIBE information_schema.ins_columns")).containsExactly("field", "type", "length",
                "note");
    }

    @Test
    void showCreateStatements() {
        assertThat(names("SHOW CREATE TABLE d1001")).containsExactly("Table", "Create Table");
        assertThat(rows("SHOW CREATE TABLE d1001")).containsExactly(row("d1001",
                "CREATE TABLE `d1001` USING `meters` TAGS (2, \"California.SanFrancisco\")"));
        assertThat(names("SHOW CREATE DATABASE power")).containsExactly("Database", "Create Database");
        assertThat((String) query("SHOW CREATE DATABASE power").value(0, 1)).startsWith("CREATE DATABASE `power`")
                .contains("PRECISION 'ms'");
    }
}
