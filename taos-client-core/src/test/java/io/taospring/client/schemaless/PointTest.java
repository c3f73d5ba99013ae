package io.taospring.client.schemaless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PointTest {

    private static final Instant AT = Instant.parse("2024-02-20T12:00:00.123456789Z");

    @Test
    void rendersTypedFieldsInLineProtocol() {
        Point point = Point.measurement("meters").tag("location", "LA").field("i", 42L).fieldUnsigned("u", -1L)
                .field("d", 10.5).field("b", true).field("s", "text").fieldNchar("n", "\u6c49").timestamp(AT).build();

        assertThat(point.toLine(SchemalessPrecision.MILLISECONDS)).isEqualTo(
                "meters,location=LA i=42i,u=18446744073709551615u,d=10.5,b=true,s=\"text\",n=L\"\u6c49\" 1708430400123");
    }

    @Test
    void escapesSeparatorsWhereEachPartNeedsIt() {
        Point point = Point.measurement("my meas,ure=x").tag("tag key,=", "v a,l=ue").field("f k,=", "say \"hi\" \\o/")
                .build();

        assertThat(point.toLine(SchemalessPrecision.NANOSECONDS)).isEqualTo(
                "my\\ meas\\,ure=x,tag\\ key\\,\\==v\\ a\\,l\\=ue f\\ k\\,\\==\"say \\\"hi\\\" \\\\o/\"");
    }

    @Test
    void keepsUnicodeAndInnerBackslashesAsTheyAre() {
        Point point = Point.measurement("m\u00fc").tag("t", "a\\b\u2603").field("v", 1L).build();

        assertThat(point.toLine(SchemalessPrecision.NANOSECONDS)).isEqualTo("m\u00fc,t=a\\b\u2603 v=1i");
    }

    @Test
    void rendersTheTimestampInEveryPrecision() {
        Point point = Point.measurement("m").field("v", 1L).timestamp(AT).build();

        assertThat(point.toLine(SchemalessPrecision.HOURS)).endsWith(" 474564");
        assertThat(point.toLine(SchemalessPrecision.MINUTES)).endsWith(" 28473840");
        assertThat(point.toLine(SchemalessPrecision.SECONDS)).endsWith(" 1708430400");
        assertThat(point.toLine(SchemalessPrecision.MILLISECONDS)).endsWith(" 1708430400123");
        assertThat(point.toLine(SchemalessPrecision.MICROSECONDS)).endsWith(" 1708430400123456");
        assertThat(point.toLine(SchemalessPrecision.NANOSECONDS)).endsWith(" 1708430400123456789");
        assertThat(point.toLine(SchemalessPrecision.NOT_CONFIGURED)).endsWith(" 1708430400123456789");
    }

    @Test
    void roundsTimestampsBeforeTheEpochTowardsThePast() {
        Point point = Point.measurement("m").field("v", 1L).timestamp(-1_500, TimeUnit.MILLISECONDS).build();

        assertThat(point.toLine(SchemalessPrecision.SECONDS)).endsWith(" -2");
        assertThat(point.toLine(SchemalessPrecision.MICROSECONDS)).endsWith(" -1500000");
    }

    @Test
    void leavesTheTimestampToTheServerWhenNoneIsGiven() {
        assertThat(Point.measurement("m").field("v", 1L).build().toLine(SchemalessPrecision.MILLISECONDS))
                .isEqualTo("m v=1i");
    }

    @Test
    void rejectsWhatLineProtocolCannotCarry() {
        assertThatThrownBy(() -> Point.measurement("m").build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Point.measurement("#m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Point.measurement("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Point.measurement("m").tag("t", "ends\\")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Point.measurement("m").field("s", "two\nlines"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Point.measurement("m").field("d", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalPointsAreEqual() {
        Point a = Point.measurement("m").tag("t", "1").field("v", 1L).timestamp(AT).build();
        Point b = Point.measurement("m").tag("t", "1").field("v", 1L).timestamp(AT).build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Point.measurement("m").tag("t", "1").field("v", 2L).timestamp(AT).build());
    }
}
