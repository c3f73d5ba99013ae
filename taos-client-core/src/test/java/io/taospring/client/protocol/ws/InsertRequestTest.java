package io.taospring.client.protocol.ws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InsertRequestTest {

    @Test
    void rendersTheSchemalessInsertAction() {
        String json = new WsJson().render(new JsonRequest.Insert(7, 1, "u", 30, "m,t=1 v=\"a\\\"b\"\nm v=2"));

        assertThat(json).isEqualTo("{\"action\":\"insert\",\"args\":{\"req_id\":7,\"protocol\":1,\"precision\":\"u\","
                + "\"ttl\":30,\"data\":\"m,t=1 v=\\\"a\\\\\\\"b\\\"\\nm v=2\"}}");
    }

    @Test
    void readsTheRowsWrittenFromTheReply() {
        JsonReply reply = new WsJson().parse("{\"code\":0,\"message\":\"\",\"action\":\"insert\",\"req_id\":7,"
                + "\"timing\":1834567,\"affected_rows\":2,\"total_rows\":2}");

        assertThat(reply.ok()).isTrue();
        assertThat(reply.action()).isEqualTo("insert");
        assertThat(reply.affectedRows()).isEqualTo(2);
    }
}
