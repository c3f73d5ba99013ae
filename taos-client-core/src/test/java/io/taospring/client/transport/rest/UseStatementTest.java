package io.taospring.client.transport.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UseStatementTest {

    @ParameterizedTest
    @CsvSource({"use power, power", "USE Power, power", "  use\tpower ;  , power", "use `MixedCase`, MixedCase",
        "Use db_1;, db_1"})
    void recognisesUseAndNormalisesTheName(String sql, String database) {
        assertThat(UseStatement.database(sql)).hasValue(database);
    }

    @ParameterizedTest
    @ValueSource(strings = {"select * from users", "user_info", "use", "use ", "use a.b", "use power; drop database x",
        "used power", "insert into use_t values (now, 1)"})
    void ignoresEverythingElse(String sql) {
        assertThat(UseStatement.database(sql)).isEmpty();
    }
}
