package io.taospring.client.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The category table of protocol/errors.md section 4, one test per rule: call site first, then code. */
class ErrorCodesTest {

    private static ErrorCategory query(int code) {
        return ErrorCodes.categoryOf(Operation.QUERY, code);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x2600, 0x0357, 0x0388, 0x0500, 0x073B})
    void rule1StatementCallSiteMakesStatementErrors(int code) {
        assertThat(ErrorCodes.categoryOf(Operation.STATEMENT, code)).isEqualTo(ErrorCategory.STATEMENT);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x022A, 0x022B})
    void rule1StatementCodesAreStatementErrorsAnywhere(int code) {
        assertThat(query(code)).isEqualTo(ErrorCategory.STATEMENT);
    }

    @Test
    void rule2SchemalessCallSiteAndCodes() {
        assertThat(ErrorCodes.categoryOf(Operation.SCHEMALESS, 0x2600)).isEqualTo(ErrorCategory.SCHEMALESS);
        assertThat(query(0x3002)).isEqualTo(ErrorCategory.SCHEMALESS);
        assertThat(query(0x3000)).isEqualTo(ErrorCategory.SCHEMALESS);
        assertThat(query(0x30FF)).isEqualTo(ErrorCategory.SCHEMALESS);
        assertThat(query(0x021B)).isEqualTo(ErrorCategory.SCHEMALESS);
        assertThat(query(0x3100)).isEqualTo(ErrorCategory.DATABASE);
    }

    @Test
    void rule3TmqCallSiteAndCodes() {
        assertThat(ErrorCodes.categoryOf(Operation.TMQ, 0x2603)).isEqualTo(ErrorCategory.TMQ);
        assertThat(query(0x4017)).isEqualTo(ErrorCategory.TMQ);
        assertThat(query(0x4000)).isEqualTo(ErrorCategory.TMQ);
        assertThat(query(0x40FF)).isEqualTo(ErrorCategory.TMQ);
        assertThat(query(0x03E1)).isEqualTo(ErrorCategory.TMQ);
        assertThat(query(0x03EF)).isEqualTo(ErrorCategory.TMQ);
        assertThat(query(0x0A0D)).isEqualTo(ErrorCategory.TMQ);
        assertThat(query(0x2371)).isEqualTo(ErrorCategory.TMQ);
        assertThat(query(0x237A)).isEqualTo(ErrorCategory.TMQ);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x2321, 0xFFFF, 0x0118, 0x1106, 0x1107, ErrorCodes.MALFORMED_RESPONSE, ErrorCodes.INVALID_CONFIG,
            ErrorCodes.UNSUPPORTED, ErrorCodes.UNKNOWN})
    void rule4InterfaceErrors(int code) {
        assertThat(query(code)).isEqualTo(ErrorCategory.INTERFACE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x000B, 0x0003, 0x0013, 0x0015, 0x0018, 0x0020, 0x0021, 0x0023, 0x0207, 0x0208, 0x0213,
            0x0351, 0x0357, 0x0358, 0x1105, 0x1122, 0x1123, 0x1124, 0x1125, 0x2301, 0x231D, 0x231F})
    void rule5ConnectionErrors(int code) {
        assertThat(ErrorCodes.categoryOf(Operation.CONNECT, code)).isEqualTo(ErrorCategory.CONNECTION);
        assertThat(query(code)).isEqualTo(ErrorCategory.CONNECTION);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x2600, 0x2603, 0x26FF, 0x2800, 0x2802, 0x28FF, 0x0100, 0x0216, 0x0219, 0x0224, 0x0350,
            0x0353, 0x0356, 0x0360, 0x0388, 0x03AF, 0x0603, 0x060B, 0x0618, 0x061D, 0x230D})
    void rule6ProgrammingErrors(int code) {
        assertThat(query(code)).isEqualTo(ErrorCategory.PROGRAMMING);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x2305, 0x2322, ErrorCodes.MALFORMED_BLOCK, ErrorCodes.CONVERSION})
    void rule7ResultErrors(int code) {
        assertThat(query(code)).isEqualTo(ErrorCategory.RESULT);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x0019, 0x073B, 0x231E, 0x020F, 0x022D, 0x0303, 0x2644, 0x0700, 0x07FF, 0x0800, 0x08FF,
            0x0900, 0x09FF})
    void rule8OperationalErrors(int code) {
        assertThat(query(code)).isEqualTo(ErrorCategory.OPERATIONAL);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x0001, 0x0500, 0x0A00, 0x1000, 0x2400, 0x2700, 0x2900, 0x3100, 0x1234})
    void rule9EverythingElseIsADatabaseError(int code) {
        assertThat(query(code)).isEqualTo(ErrorCategory.DATABASE);
    }

    @ParameterizedTest
    @EnumSource(value = Operation.class, names = {"STATEMENT", "SCHEMALESS", "TMQ"})
    void clientFailuresKeepTheirCategoryAtAnyCallSite(Operation operation) {
        assertThat(ErrorCodes.categoryOf(operation, ErrorCodes.CONNECTION_CLOSED)).isEqualTo(ErrorCategory.CONNECTION);
        assertThat(ErrorCodes.categoryOf(operation, ErrorCodes.REQUEST_TIMEOUT)).isEqualTo(ErrorCategory.OPERATIONAL);
        assertThat(ErrorCodes.categoryOf(operation, ErrorCodes.INVALID_CONFIG)).isEqualTo(ErrorCategory.INTERFACE);
        assertThat(ErrorCodes.categoryOf(operation, ErrorCodes.RESULT_CLOSED)).isEqualTo(ErrorCategory.RESULT);
    }

    @Test
    void readsFull32BitCodes() {
        assertThat(query(0x80002600)).isEqualTo(ErrorCategory.PROGRAMMING);
        assertThat(query(0x80000357)).isEqualTo(ErrorCategory.CONNECTION);
    }

    @Test
    void createsTheExceptionOfTheCategoryWithItsContext() {
        IllegalStateException cause = new IllegalStateException("io");
        TaosException e = ErrorCodes.exception(Operation.QUERY, 0x80002603, "Table does not exist: t1", 42,
                "select * from t1", cause);
        assertThat(e).isInstanceOf(ProgrammingError.class).isInstanceOf(DatabaseError.class).hasCause(cause);
        assertThat(e.errno()).isEqualTo(0x2603);
        assertThat(e.serverMessage()).isEqualTo("Table does not exist: t1");
        assertThat(e.reqId()).hasValue(42);
        assertThat(e.sql()).hasValue("select * from t1");
    }

    @Test
    void createsOneExceptionClassPerCategory() {
        assertThat(ErrorCodes.exception(Operation.CONNECT, 0x0357, "Authentication failure"))
                .isExactlyInstanceOf(ConnectionError.class);
        assertThat(ErrorCodes.exception(Operation.QUERY, 0x2600, "syntax error")).isExactlyInstanceOf(ProgrammingError.class);
        assertThat(ErrorCodes.exception(Operation.SCHEMALESS, 0x3002, "Invalid data format"))
                .isExactlyInstanceOf(SchemalessError.class);
        assertThat(ErrorCodes.exception(Operation.TMQ, 0x4017, "subscribe first")).isExactlyInstanceOf(TmqError.class);
        assertThat(ErrorCodes.exception(Operation.STATEMENT, 0x0216, "bad")).isExactlyInstanceOf(StatementError.class);
        assertThat(ErrorCodes.exception(Operation.QUERY, 0x073B, "no fetch")).isExactlyInstanceOf(OperationalError.class);
        assertThat(ErrorCodes.exception(Operation.QUERY, 0x2305, "closed")).isExactlyInstanceOf(ResultError.class);
        assertThat(ErrorCodes.exception(Operation.QUERY, 0xFFFF, "bad json")).isExactlyInstanceOf(InterfaceError.class);
        assertThat(ErrorCodes.exception(Operation.QUERY, 0x0500, "vnode")).isExactlyInstanceOf(DatabaseError.class);
    }

    @ParameterizedTest
    @EnumSource(ErrorCategory.class)
    void everyCategoryCreatesItsOwnClass(ErrorCategory category) {
        TaosException e = category.create(0x2600, "m", 7, "sql", null);
        assertThat(e.getClass().getSimpleName().toUpperCase()).startsWith(category.name());
        assertThat(e.errno()).isEqualTo(0x2600);
    }
}
