package io.taospring.bench.codec;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlockBuilder;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One block of the {@code meters} schema of TDengine's examples (ts, current, voltage, phase, location,
 * groupid): 4096 deterministic, realistic rows held column-wise, as an engine would hold them.
 */
final class MetersData {

    /** Rows per block, as a server sends them. */
    static final int ROWS = 4096;

    /** ts TIMESTAMP, current FLOAT, voltage INT, phase FLOAT, location VARCHAR(24), groupid INT. */
    static final List<TaosField> FIELDS = List.of(
            TaosField.of("ts", TaosType.TIMESTAMP),
            TaosField.of("current", TaosType.FLOAT),
            TaosField.of("voltage", TaosType.INT),
            TaosField.of("phase", TaosType.FLOAT),
            new TaosField("location", TaosType.VARCHAR, 24),
            TaosField.of("groupid", TaosType.INT));

    private static final String[] LOCATIONS = {
        "California.SanFrancisco", "California.LosAngeles", "California.SanDiego", "California.SanJose",
        "California.PaloAlto", "California.Campbell", "California.MountainView", "California.Sunnyvale",
        "California.SantaClara", "California.Cupertino"};

    final long[] ts = new long[ROWS];
    final double[] current = new double[ROWS];
    final long[] voltage = new long[ROWS];
    final double[] phase = new double[ROWS];
    final String[] location = new String[ROWS];
    final long[] groupId = new long[ROWS];

    MetersData() {
        SplittableRandom random = new SplittableRandom(42);
        long start = 1_700_000_000_000L;
        for (int r = 0; r < ROWS; r++) {
            int device = random.nextInt(LOCATIONS.length);
            ts[r] = start + r * 1000L;
            current[r] = (float) (8 + random.nextDouble() * 8);
            voltage[r] = 200 + random.nextInt(40);
            phase[r] = (float) random.nextDouble();
            location[r] = LOCATIONS[device];
            groupId[r] = device + 1;
        }
    }

    /** Appends every row: numeric columns in bulk, locations one by one. */
    RawBlockBuilder appendColumns(RawBlockBuilder builder) {
        builder.appendLongs(0, ts, 0, ROWS)
                .appendDoubles(1, current, 0, ROWS)
                .appendLongs(2, voltage, 0, ROWS)
                .appendDoubles(3, phase, 0, ROWS)
                .appendLongs(5, groupId, 0, ROWS);
        for (String value : location) {
            builder.appendString(4, value);
        }
        return builder;
    }

    /** Appends every row value by value, as a row-oriented producer would. */
    RawBlockBuilder appendRows(RawBlockBuilder builder) {
        for (int r = 0; r < ROWS; r++) {
            builder.appendLong(0, ts[r]).appendDouble(1, current[r]).appendLong(2, voltage[r])
                    .appendDouble(3, phase[r]).appendString(4, location[r]).appendLong(5, groupId[r]);
        }
        return builder;
    }

    /** The encoded block. */
    byte[] encode() {
        return appendColumns(new RawBlockBuilder(FIELDS)).encode();
    }
}
