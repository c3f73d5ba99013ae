package io.taospring.spring.observation;

import io.micrometer.common.KeyValues;
import io.taospring.client.observation.RequestInfo;
import io.taospring.client.observation.RequestOutcome;

/**
 * The default convention, after OpenTelemetry's database client spans: name {@value #NAME}, contextual
 * name {@code "<operation> <database>"}, low-cardinality keys {@code db.system.name},
 * {@code db.namespace}, {@code db.operation.name}, {@code taos.transport}, {@code server.address},
 * {@code server.port}, {@code outcome} and {@code error.type} (always all of them), high-cardinality keys
 * {@code db.query.text} and {@code taos.req_id}.
 */
public class DefaultTaosObservationConvention implements TaosObservationConvention {

    /** The observation's name. */
    public static final String NAME = "taos.client.operation";

    /** The shared instance. */
    public static final DefaultTaosObservationConvention INSTANCE = new DefaultTaosObservationConvention();

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(TaosRequestContext context) {
        RequestInfo request = context.getRequest();
        String operation = TaosRequestTags.operation(request.sql());
        return request.currentDatabase().map(db -> operation + " " + db).orElse(operation);
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(TaosRequestContext context) {
        RequestInfo request = context.getRequest();
        RequestOutcome outcome = context.getOutcome().orElse(RequestOutcome.success(0, 0));
        return KeyValues.of(TaosRequestTags.DB_SYSTEM_NAME, TaosRequestTags.SYSTEM,
                TaosRequestTags.DB_NAMESPACE, TaosRequestTags.namespace(request),
                TaosRequestTags.DB_OPERATION_NAME, TaosRequestTags.operation(request.sql()),
                TaosRequestTags.TRANSPORT, TaosRequestTags.transport(request.transport()),
                TaosRequestTags.SERVER_ADDRESS, request.endpoint().host(),
                TaosRequestTags.SERVER_PORT, Integer.toString(request.endpoint().port()),
                TaosRequestTags.OUTCOME, TaosRequestTags.outcome(outcome),
                TaosRequestTags.ERROR_TYPE, TaosRequestTags.errorType(outcome));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(TaosRequestContext context) {
        RequestInfo request = context.getRequest();
        return KeyValues.of(TaosRequestTags.DB_QUERY_TEXT, request.sql(),
                TaosRequestTags.REQ_ID, Long.toString(request.reqId()));
    }
}
