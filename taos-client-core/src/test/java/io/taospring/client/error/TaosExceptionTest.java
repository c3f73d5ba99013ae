package io.taospring.client.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaosExceptionTest {

    @Test
    void masksTheErrorNumberToSixteenBits() {
        TaosException e = new ProgrammingError(0x80002603, "Table does not exist");
        assertThat(e.errno()).isEqualTo(0x2603).isEqualTo(9731);
        assertThat(e.code()).isEqualTo("0x2603");
    }

    @Test
    void reportsTheFullNegativeCode() {
        TaosException e = new ProgrammingError(0x2603, "Table does not exist");
        assertThat(e.fullCode()).isEqualTo(0x80002603).isNegative().isEqualTo(-2147473917);
        assertThat(new TaosException(0, "none").fullCode()).isZero();
    }

    @Test
    void writesCodesAsFourUpperCaseHexDigits() {
        assertThat(new TaosException(0x000B, "x").code()).isEqualTo("0x000B");
        assertThat(new TaosException(0xFFFF, "x").code()).isEqualTo("0xFFFF");
        assertThat(new TaosException(0x23A2, "x").getMessage()).startsWith("[0x23A2] ");
    }

    @Test
    void putsCodeMessageReqIdAndSqlIntoTheMessage() {
        TaosException e = new DatabaseError(0x2603, "Table does not exist: d9", 77, "select * from d9", null);
        assertThat(e.getMessage()).isEqualTo("[0x2603] Table does not exist: d9 (reqId=77) [sql: select * from d9]");
        assertThat(e.serverMessage()).isEqualTo("Table does not exist: d9");
    }

    @Test
    void printsReqIdsUnsigned() {
        TaosException e = new DatabaseError(0x2603, "x", -1L, null, null);
        assertThat(e.getMessage()).contains("reqId=18446744073709551615");
        assertThat(e.reqId()).hasValue(-1L);
    }

    @Test
    void truncatesLongSqlInTheMessageButKeepsItWhole() {
        String sql = "insert into t values " + "(now, 1)".repeat(100);
        TaosException e = new ProgrammingError(0x0216, "syntax error", 1, sql, null);
        assertThat(e.getMessage()).contains("[sql: " + sql.substring(0, 200) + "...]")
                .doesNotContain(sql.substring(0, 201));
        assertThat(e.sql()).hasValue(sql);
    }

    @Test
    void leavesOutMissingContext() {
        TaosException e = new ConnectionError(0x000B, null);
        assertThat(e.getMessage()).isEqualTo("[0x000B] ");
        assertThat(e.serverMessage()).isEmpty();
        assertThat(e.reqId()).isEmpty();
        assertThat(e.sql()).isEmpty();
        assertThat(e.getCause()).isNull();
    }

    @Test
    void chainsTheCause() {
        RuntimeException cause = new RuntimeException("socket closed");
        assertThat(new ConnectionError(0x2301, "connection closed", cause)).hasCause(cause);
    }

    @Test
    void arrangesTheCategoriesAsTheSeedDoes() {
        assertThat(new OperationalError(1, "x")).isInstanceOf(DatabaseError.class);
        assertThat(new ProgrammingError(1, "x")).isInstanceOf(DatabaseError.class);
        assertThat(new StatementError(1, "x")).isInstanceOf(DatabaseError.class);
        assertThat(new ResultError(1, "x")).isInstanceOf(DatabaseError.class);
        assertThat(new SchemalessError(1, "x")).isInstanceOf(DatabaseError.class);
        assertThat(new TmqError(1, "x")).isInstanceOf(DatabaseError.class);
        assertThat(new InterfaceError(1, "x")).isNotInstanceOf(DatabaseError.class).isInstanceOf(TaosException.class);
        assertThat(new ConnectionError(1, "x")).isNotInstanceOf(DatabaseError.class);
    }
}
