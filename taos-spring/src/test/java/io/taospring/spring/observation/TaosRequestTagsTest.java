package io.taospring.spring.observation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaosRequestTagsTest {

    @Test
    void operationIsTheFirstKeywordInUpperCase() {
        assertThat(TaosRequestTags.operation("  select * from m")).isEqualTo("SELECT");
        assertThat(TaosRequestTags.operation("(SELECT 1)")).isEqualTo("SELECT");
        assertThat(TaosRequestTags.operation("insert into d1 values (now, 1)")).isEqualTo("INSERT");
    }

    @Test
    void unknownStatementsShareOneOperationValueToKeepCardinalityLow() {
        assertThat(TaosRequestTags.operation("frobnicate everything")).isEqualTo("OTHER");
        assertThat(TaosRequestTags.operation("")).isEqualTo("OTHER");
    }
}
