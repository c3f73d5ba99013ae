package io.taospring.client.protocol.tmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.error.InterfaceError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON of {@code /rest/tmq} as ws-tmq.md shows it. */
class TmqJsonTest {

    private final TmqJson json = new TmqJson();

    @Test
    void rendersSubscribeWithStringValuesAndTheHistoricOffsetKey() {
        String text = json.render(new TmqRequest.Subscribe(1, "root", "taosdata", null, "g1", "c1", "earliest",
                List.of("topic_meters"), false, 5000, true, Map.of("enable.replay", "true")));

        assertThat(text).isEqualTo("{\"action\":\"subscribe\",\"args\":{\"req_id\":1,\"user\":\"root\","
                + "\"password\":\"taosdata\",\"group_id\":\"g1\",\"client_id\":\"c1\",\"offset_rest\":\"earliest\","
                + "\"topics\":[\"topic_meters\"],\"auto_commit\":\"false\",\"auto_commit_interval_ms\":\"5000\","
                + "\"with_table_name\":\"true\",\"config\":{\"enable.replay\":\"true\"}}}");
    }

    @Test
    void rendersPollAndCommittedAsTheProtocolExampleDoes() {
        assertThat(json.render(new TmqRequest.Poll(3, 100, 0)))
                .isEqualTo("{\"action\":\"poll\",\"args\":{\"req_id\":3,\"blocking_time\":100,\"message_id\":0}}");
        assertThat(json.render(new TmqRequest.Committed(4, List.of(new TmqRequest.Vgroup("t", 2)))))
                .isEqualTo("{\"action\":\"committed\",\"args\":{\"req_id\":4,"
                        + "\"topic_vgroup_ids\":[{\"topic\":\"t\",\"vgroup_id\":2}]}}");
    }

    @Test
    void neverShowsThePasswordInToString() {
        assertThat(new TmqRequest.Subscribe(1, "root", "s3cret", null, "g", null, "latest", List.of("t"), false, 0,
                true, Map.of()).toString()).doesNotContain("s3cret");
    }

    @Test
    void parsesAPollReplyWithData() {
        TmqReply reply = json.parse("{\"code\":0,\"message\":\"\",\"action\":\"poll\",\"req_id\":4,"
                + "\"timing\":2120000,\"have_message\":true,\"topic\":\"topic_meters\",\"database\":\"power\","
                + "\"vgroup_id\":2,\"message_type\":1,\"message_id\":1,\"offset\":17}");

        assertThat(reply.ok()).isTrue();
        assertThat(reply.haveMessage()).isTrue();
        assertThat(reply.topic()).isEqualTo("topic_meters");
        assertThat(reply.database()).isEqualTo("power");
        assertThat(reply.vgroupId()).isEqualTo(2);
        assertThat(reply.messageType()).isEqualTo(1);
        assertThat(reply.messageId()).isEqualTo(1);
        assertThat(reply.offset()).isEqualTo(17);
    }

    @Test
    void parsesAssignmentAndCommittedReplies() {
        TmqReply assignment = json.parse("{\"code\":0,\"action\":\"assignment\",\"req_id\":5,"
                + "\"assignment\":[{\"vgroup_id\":2,\"offset\":17,\"begin\":0,\"end\":42}]}");
        TmqReply committed = json.parse("{\"code\":0,\"action\":\"committed\",\"req_id\":6,"
                + "\"committed\":[-2147467247,5]}");

        assertThat(assignment.assignment()).containsExactly(new VgroupAssignment(2, 17, 0, 42));
        assertThat(committed.offsets()).containsExactly(-2147467247L, 5L);
    }

    @Test
    void rejectsAReplyThatIsNotAnObject() {
        assertThatThrownBy(() -> json.parse("[1]")).isInstanceOf(InterfaceError.class);
    }
}
