package io.taospring.client.protocol.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.error.InterfaceError;
import org.junit.jupiter.api.Test;

class WsJsonTest {

    private final WsJson json = new WsJson();

    @Test
    void rendersConnWithOnlyTheKeysThatAreSet() {
        String text = json.render(new JsonRequest.Conn(7, "root", "taos\"data", "power", null, null));

        assertThat(text).isEqualTo("{\"action\":\"conn\",\"args\":{\"req_id\":7,\"user\":\"root\","
                + "\"password\":\"taos\\\"data\",\"db\":\"power\"}}");
    }

    @Test
    void rendersFreeResultWithTheResultId() {
        assertThat(json.render(new JsonRequest.FreeResult(3, 12)))
                .isEqualTo("{\"action\":\"free_result\",\"args\":{\"req_id\":3,\"id\":12}}");
    }

    @Test
    void neverShowsThePasswordInToString() {
        assertThat(new JsonRequest.Conn(1, "root", "s3cret", null, null, null).toString()).doesNotContain("s3cret");
    }

    @Test
    void parsesAQueryReplyOfTheProtocolExample() {
        JsonReply reply = json.parse("{\"code\":0,\"message\":\"\",\"action\":\"query\",\"req_id\":6,\"timing\":1034000,"
                + "\"id\":1,\"is_update\":false,\"affected_rows\":0,\"fields_count\":3,"
                + "\"fields_names\":[\"ts\",\"current\",\"location\"],\"fields_types\":[9,6,8],"
                + "\"fields_lengths\":[8,4,24],\"precision\":0,\"fields_precisions\":[0,0,0],\"fields_scales\":[0,0,0]}");

        assertThat(reply.ok()).isTrue();
        assertThat(reply.action()).isEqualTo("query");
        assertThat(reply.reqId()).isEqualTo(6);
        assertThat(reply.resultId()).isEqualTo(1);
        assertThat(reply.fieldNames()).containsExactly("ts", "current", "location");
        assertThat(reply.fieldTypes()).containsExactly(9, 6, 8);
        assertThat(reply.fieldLengths()).containsExactly(8, 4, 24);
    }

    @Test
    void parsesAnUpdateReplyWithNullFieldLists() {
        JsonReply reply = json.parse("{\"code\":0,\"message\":\"\",\"action\":\"binary_query\",\"req_id\":5,"
                + "\"id\":0,\"is_update\":true,\"affected_rows\":2,\"fields_count\":0,\"fields_names\":null,"
                + "\"fields_types\":null,\"fields_lengths\":null,\"precision\":0}");

        assertThat(reply.isUpdate()).isTrue();
        assertThat(reply.affectedRows()).isEqualTo(2);
        assertThat(reply.fieldNames()).isEmpty();
    }

    @Test
    void keepsRequestIdsAbove2To63AsTheirBitPattern() {
        JsonReply reply = json.parse("{\"code\":0,\"action\":\"version\",\"req_id\":18446744073709551615}");

        assertThat(reply.reqId()).isEqualTo(-1L);
    }

    @Test
    void parsesErrorsAndSkipsUnknownKeys() {
        JsonReply reply = json.parse("{\"code\":9728,\"message\":\"syntax error near \\\"selec\\\"\","
                + "\"action\":\"binary_query\",\"req_id\":9,\"extra\":{\"nested\":[1,2,{\"a\":null}]}}");

        assertThat(reply.ok()).isFalse();
        assertThat(reply.code()).isEqualTo(9728);
        assertThat(reply.message()).isEqualTo("syntax error near \"selec\"");
    }

    @Test
    void rejectsRepliesThatAreNotJsonObjects() {
        assertThatThrownBy(() -> json.parse("[1,2]")).isInstanceOf(InterfaceError.class);
        assertThatThrownBy(() -> json.parse("{\"code\":")).isInstanceOf(InterfaceError.class)
                .hasMessageContaining("malformed reply");
    }
}
