package io.taospring.embedded.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.codec.RawBlockCodec;
import io.taospring.embedded.engine.query.ColumnarResult;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BlockEncodingTest extends EngineTestSupport {

    @Test
    void encodedBlocksDecodeToTheInsertedValues() {
        exec("CREATE DATABASE t PRECISION 'us'");
        exec("USE t");
        exec("CREATE STABLE s (ts TIMESTAMP, b BOOL, i8 TINYINT, u16 SMALLINT UNSIGNED, i32 INT, u64 BIGINT UNSIGNED, "
                + "f FLOAT, d DOUBLE, v VARCHAR(8), n NCHAR(3), vb VARBINARY(4), dec DECIMAL(30,3)) TAGS (g INT)");
        StringBuilder insert = new StringBuilder("INSERT INTO c1 USING s TAGS (7) VALUES ");
        for (int i = 0; i < 100; i++) {
            insert.append(i % 10 == 3
                    ? "(" + i + ", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL) "
                    : "(" + i + ", " + (i % 2 == 0) + ", " + (i - 50) + ", " + (i * 600) + ", " + (i * 1000)
                            + ", 18446744073709551615, " + (i + 0.5) + ", " + (i / 4.0) + ", 'v" + i + "', 'ü" + i
                            + "', '\\x0" + (i % 10) + "', " + i + ".125) ");
        }
        exec(insert.toString());
        ColumnarResult result = query("SELECT *, tbname FROM s");
        assertThat(result.rowCount()).isEqualTo(100);
        for (int from = 0; from < 100; from += 30) {
            int to = Math.min(100, from + 30);
            RawBlock block = RawBlockCodec.decode(result.encodeBlock(from, to));
            assertThat(block.rowCount()).isEqualTo(to - from);
            assertThat(block.columnCount()).isEqualTo(14);
            for (int r = from; r < to; r++) {
                assertRow(block, r - from, r);
            }
        }
    }

    private static void assertRow(RawBlock block, int row, int i) {
        assertThat(block.getLong(0, row)).isEqualTo(i);
        assertThat(block.getLong(12, row)).isEqualTo(7);
        assertThat(block.getString(13, row)).isEqualTo("c1");
        if (i % 10 == 3) {
            for (int c = 1; c <= 11; c++) {
                assertThat(block.isNull(c, row)).as("column %d row %d", c, i).isTrue();
            }
            return;
        }
        assertThat(block.getBoolean(1, row)).isEqualTo(i % 2 == 0);
        assertThat(block.getLong(2, row)).isEqualTo(i - 50);
        assertThat(block.getLong(3, row)).isEqualTo(i * 600L);
        assertThat(block.getLong(4, row)).isEqualTo(i * 1000L);
        assertThat(block.getLong(5, row)).isEqualTo(-1L);
        assertThat(block.getDouble(6, row)).isEqualTo(i + 0.5);
        assertThat(block.getDouble(7, row)).isEqualTo(i / 4.0);
        assertThat(block.getString(8, row)).isEqualTo("v" + i);
        assertThat(block.getString(9, row)).isEqualTo("ü" + i);
        assertThat(block.getBytes(10, row)).containsExactly((byte) (i % 10));
        assertThat(block.getDecimal(11, row)).isEqualByComparingTo(new BigDecimal(i + ".125"));
        assertThat(block.type(9)).isEqualTo(TaosType.NCHAR);
    }
}
