package io.taospring.client.transport.nativ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosType;
import io.taospring.client.error.ProgrammingError;
import io.taospring.client.error.StatementError;
import io.taospring.client.error.TaosException;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NativeStatementTest {

    @RegisterExtension
    final TaosFake fake = new TaosFake();

    private final NativeTransport transport = TaosFake.transport();
    private final NativeConnection connection = (NativeConnection) transport.connect(TaosFake.config());

    @AfterEach
    void close() {
        connection.close();
        transport.close();
    }

    @Test
    void bindsTablesTagsAndColumnsOfManyRowsAndExecutes() {
        try (NativeStatement statement = connection.statement(21)) {
            statement.prepare("insert into ? using meters tags (?, ?) values (?, ?, ?)");
            statement.bind(List.of(
                    new BindEncoder.TableBatch("d1001",
                            List.of(BindColumn.of(TaosType.VARCHAR, "California"), BindColumn.of(TaosType.INT, 2)),
                            List.of(BindColumn.of(TaosType.TIMESTAMP, 1700000000000L, 1700000001000L),
                                    BindColumn.of(TaosType.FLOAT, 10.25f, null),
                                    BindColumn.of(TaosType.INT, 219, 220))),
                    new BindEncoder.TableBatch("d1002",
                            List.of(BindColumn.of(TaosType.VARCHAR, "Nevada"), BindColumn.of(TaosType.INT, 3)),
                            List.of(BindColumn.of(TaosType.TIMESTAMP, 1700000002000L),
                                    BindColumn.of(TaosType.FLOAT, 9.5f), BindColumn.of(TaosType.INT, 221)))));
            assertThat(statement.execute()).isEqualTo(3);
        }
        assertThat(TaosFake.calls())
                .contains("taos_stmt2_init reqid=21 singleStbInsert=0 singleTableBindOnce=0 async=no")
                .contains("taos_stmt2_prepare sql=insert into ? using meters tags (?, ?) values (?, ?, ?) length=0")
                .contains("taos_stmt2_bind_param col_idx=-1 table=d1001 tags={type=8 num=1 'California'}"
                        + "{type=4 num=1 2} cols={type=9 num=2 1700000000000,1700000001000}{type=6 num=2 10.25,NULL}"
                        + "{type=4 num=2 219,220}")
                .contains("table=d1002 tags={type=8 num=1 'Nevada'}{type=4 num=1 3} cols={type=9 num=1 1700000002000}"
                        + "{type=6 num=1 9.5}{type=4 num=1 221}")
                .contains("taos_stmt2_exec rows=3")
                .contains("taos_stmt2_close");
    }

    @Test
    void bindsEveryTypeInItsCRepresentation() {
        try (NativeStatement statement = connection.statement(22)) {
            statement.prepare("insert into t values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            statement.bind(List.of(new BindEncoder.TableBatch(null, List.of(), List.of(
                    BindColumn.of(TaosType.TIMESTAMP, 1L), BindColumn.of(TaosType.BOOL, true),
                    BindColumn.of(TaosType.TINYINT, (byte) -8), BindColumn.of(TaosType.SMALLINT, (short) -1600),
                    BindColumn.of(TaosType.INT, -320000), BindColumn.of(TaosType.BIGINT, -6400000000L),
                    BindColumn.of(TaosType.FLOAT, 1.5f), BindColumn.of(TaosType.DOUBLE, 2.25),
                    BindColumn.of(TaosType.UTINYINT, 250), BindColumn.of(TaosType.USMALLINT, 65000),
                    BindColumn.of(TaosType.UINT, 4000000000L),
                    BindColumn.of(TaosType.UBIGINT, new BigInteger("18446744073709551615")),
                    BindColumn.of(TaosType.VARCHAR, "text"), BindColumn.of(TaosType.NCHAR, "\u6e29\u5ea6"),
                    BindColumn.of(TaosType.VARBINARY, new byte[] {'a', 'b'})))));
            assertThat(statement.execute()).isEqualTo(1);
        }
        assertThat(TaosFake.calls()).contains("table=(null) tags= cols={type=9 num=1 1}{type=1 num=1 1}"
                + "{type=2 num=1 -8}{type=3 num=1 -1600}{type=4 num=1 -320000}{type=5 num=1 -6400000000}"
                + "{type=6 num=1 1.5}{type=7 num=1 2.25}{type=11 num=1 250}{type=12 num=1 65000}"
                + "{type=13 num=1 4000000000}{type=14 num=1 18446744073709551615}{type=8 num=1 'text'}"
                + "{type=10 num=1 '\u6e29\u5ea6'}{type=16 num=1 'ab'}");
    }

    @Test
    void reportsAPrepareErrorWithTheStatementsMessage() {
        try (NativeStatement statement = connection.statement(23)) {
            assertThatThrownBy(() -> statement.prepare("insert into bad values (?)"))
                    .isInstanceOf(StatementError.class)
                    .hasMessageContaining("syntax error in the prepared statement")
                    .satisfies(e -> assertThat(((TaosException) e).sql()).hasValue("insert into bad values (?)"));
        }
    }

    @Test
    void refusesAValueOfTheWrongJavaType() {
        try (NativeStatement statement = connection.statement(24)) {
            statement.prepare("insert into t values (?)");
            assertThatThrownBy(() -> statement.bind(List.of(new BindEncoder.TableBatch(null, List.of(),
                    List.of(BindColumn.of(TaosType.INT, "not a number"))))))
                    .isInstanceOf(ProgrammingError.class)
                    .hasMessageContaining("expected a number");
        }
    }
}
