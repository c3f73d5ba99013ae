package io.taospring.spring.listener.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.converter.MessageConversionException;

class RowConverterTest {

    private final RowConverter rows = new RowConverter();

    record Reading(Instant ts, int voltageMax, double current, String note) {
    }

    public static class ReadingBean {
        private int voltageMax;
        private String note;

        public int getVoltageMax() {
            return voltageMax;
        }

        public void setVoltageMax(int voltageMax) {
            this.voltageMax = voltageMax;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    @Test
    void buildsARecordFromSnakeCaseColumnsConvertingNumbers() {
        Instant ts = Instant.parse("2024-01-01T00:00:00Z");
        Reading reading = rows.convert(row("ts", ts, "voltage_max", 230, "current", 1.5f, "note", "ok",
                "location", "ignored"), Reading.class);

        assertThat(reading).isEqualTo(new Reading(ts, 230, 1.5, "ok"));
    }

    @Test
    void leavesMissingAndNullColumnsNullOrZero() {
        assertThat(rows.convert(row("voltage_max", null), Reading.class)).isEqualTo(new Reading(null, 0, 0, null));
    }

    @Test
    void fillsAJavaBeanThroughItsSetters() {
        ReadingBean bean = rows.convert(row("voltage_max", 240L, "note", "x"), ReadingBean.class);

        assertThat(bean.getVoltageMax()).isEqualTo(240);
        assertThat(bean.getNote()).isEqualTo("x");
    }

    @Test
    void failsWithAConversionErrorNamingTheValue() {
        assertThatThrownBy(() -> rows.convert(row("ts", "not a time"), Reading.class))
                .isInstanceOf(MessageConversionException.class).hasMessageContaining("not a time");
    }

    @Test
    void translatesBetweenCases() {
        assertThat(RowConverter.camelCase("voltage_max")).isEqualTo("voltageMax");
        assertThat(RowConverter.camelCase("_ts")).isEqualTo("ts");
        assertThat(RowConverter.snakeCase("voltageMax")).isEqualTo("voltage_max");
    }
}
