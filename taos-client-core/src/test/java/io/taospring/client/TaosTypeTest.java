package io.taospring.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaosTypeTest {

    @ParameterizedTest
    @EnumSource(TaosType.class)
    void roundTripsItsWireCode(TaosType type) {
        assertThat(TaosType.isKnownCode(type.code())).isTrue();
        assertThat(TaosType.fromCode(type.code())).isSameAs(type);
    }

    @Test
    void usesTheWireCodesOfTypesMd() {
        assertThat(Arrays.stream(TaosType.values()).mapToInt(TaosType::code))
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21);
        assertThat(TaosType.TIMESTAMP.code()).isEqualTo(9);
        assertThat(TaosType.DECIMAL64.code()).isEqualTo(21);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 19, 22, 255, Integer.MAX_VALUE})
    void rejectsUnknownCodes(int code) {
        assertThat(TaosType.isKnownCode(code)).isFalse();
        assertThatThrownBy(() -> TaosType.fromCode(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(code));
    }

    @ParameterizedTest
    @EnumSource(value = TaosType.class, mode = EnumSource.Mode.EXCLUDE, names = {"DECIMAL", "DECIMAL64"})
    void readsItsOwnServerName(TaosType type) {
        assertThat(TaosType.fromName(type.sqlName())).isSameAs(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "BINARY; VARCHAR", "binary; VARCHAR", "  int unsigned ; UINT", "Timestamp; TIMESTAMP",
            "DECIMAL(20,4); DECIMAL", "DECIMAL(10,2); DECIMAL64", "DECIMAL(18,2); DECIMAL64",
            "DECIMAL(19,0); DECIMAL", "decimal(38, 10); DECIMAL", "DECIMAL(20); DECIMAL", "DECIMAL(5); DECIMAL64",
            "DECIMAL; DECIMAL64"})
    void readsServerAndAliasNames(String name, TaosType expected) {
        assertThat(TaosType.fromName(name)).isSameAs(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TEXT", "MEDIUMBLOB", "", "DECIMALS", "DECIMAL(x,2)", "DECIMAL(20,4", "INT(4)"})
    void rejectsUnknownNames(String name) {
        assertThatThrownBy(() -> TaosType.fromName(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storesVariableTypesWithLengthPrefixes() {
        Set<TaosType> variable = EnumSet.of(TaosType.VARCHAR, TaosType.NCHAR, TaosType.JSON, TaosType.VARBINARY,
                TaosType.BLOB, TaosType.GEOMETRY);
        for (TaosType type : TaosType.values()) {
            assertThat(type.isVariable()).as(type.name()).isEqualTo(variable.contains(type));
            int prefix = type == TaosType.BLOB ? 4 : variable.contains(type) ? 2 : 0;
            assertThat(type.lengthPrefixSize()).as(type.name()).isEqualTo(prefix);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "VARCHAR, 20, 22", "NCHAR, 20, 82", "VARBINARY, 100, 102", "GEOMETRY, 64, 66",
            "JSON, 4095, 16384", "BLOB, 4194304, 4194308",
            "BOOL, 1, 1", "INT, 4, 4", "BIGINT, 8, 8", "TIMESTAMP, 8, 8", "DOUBLE, 8, 8",
            "DECIMAL64, 8, 8", "DECIMAL, 16, 16"})
    void convertsBetweenDeclaredLengthAndInternalWidth(TaosType type, int declared, int internal) {
        assertThat(type.internalWidth(declared)).isEqualTo(internal);
        assertThat(type.declaredLength(internal)).isEqualTo(declared);
    }

    @Test
    void givesFixedTypesTheirSizeWhateverIsDeclared() {
        assertThat(TaosType.INT.internalWidth(0)).isEqualTo(4);
        assertThat(TaosType.SMALLINT.declaredLength(99)).isEqualTo(2);
        assertThat(TaosType.UBIGINT.fixedSize()).isEqualTo(8);
    }

    @Test
    void widensUnsignedTypes() {
        assertThat(TaosType.UTINYINT.javaType()).isEqualTo(Short.class);
        assertThat(TaosType.USMALLINT.javaType()).isEqualTo(Integer.class);
        assertThat(TaosType.UINT.javaType()).isEqualTo(Long.class);
        assertThat(TaosType.UBIGINT.javaType()).isEqualTo(BigInteger.class);
        assertThat(Arrays.stream(TaosType.values()).filter(TaosType::isUnsigned))
                .containsExactly(TaosType.UTINYINT, TaosType.USMALLINT, TaosType.UINT, TaosType.UBIGINT);
    }

    @Test
    void mapsTextBinaryAndDecimalKinds() {
        assertThat(Arrays.stream(TaosType.values()).filter(TaosType::isText))
                .containsExactly(TaosType.VARCHAR, TaosType.NCHAR, TaosType.JSON);
        assertThat(Arrays.stream(TaosType.values()).filter(TaosType::isBinary))
                .containsExactly(TaosType.VARBINARY, TaosType.BLOB, TaosType.GEOMETRY);
        assertThat(Arrays.stream(TaosType.values()).filter(TaosType::isDecimal))
                .containsExactly(TaosType.DECIMAL, TaosType.DECIMAL64);
        assertThat(TaosType.DECIMAL.javaType()).isEqualTo(BigDecimal.class);
        assertThat(TaosType.DECIMAL64.sqlName()).isEqualTo("DECIMAL");
    }

    @Test
    void reportsTheJdbcTypesOfTheOfficialDriver() {
        assertThat(TaosType.FLOAT.jdbcType()).isEqualTo(java.sql.Types.FLOAT);
        assertThat(TaosType.UBIGINT.jdbcType()).isEqualTo(java.sql.Types.NUMERIC);
        assertThat(TaosType.GEOMETRY.jdbcType()).isEqualTo(java.sql.Types.BINARY);
        assertThat(TaosType.JSON.jdbcType()).isEqualTo(java.sql.Types.OTHER);
    }
}
