package io.taospring.bench.codec;

import io.taospring.client.codec.RawBlock;
import io.taospring.client.codec.RawBlockCodec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding one 4096-row block of the meters schema: validation alone, and validation plus reading every
 * cell through the typed accessors (what iterating a result does). Throughput in blocks per second;
 * multiply by 4096 for rows per second and by the block size printed at setup for bytes per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class BlockDecodeBenchmark {

    private byte[] block;

    /** Encodes the block once per trial. */
    @Setup
    public void encodeBlock() {
        block = new MetersData().encode();
        System.out.println("meters block: " + MetersData.ROWS + " rows, " + block.length + " bytes");
    }

    /** Decodes (and fully validates) the block. */
    @Benchmark
    public RawBlock decode() {
        return RawBlockCodec.decode(block);
    }

    /** Decodes the block and reads every cell, row by row, through the typed accessors. */
    @Benchmark
    public void decodeAndReadEveryCell(Blackhole sink) {
        RawBlock decoded = RawBlockCodec.decode(block);
        for (int r = 0; r < decoded.rowCount(); r++) {
            sink.consume(decoded.getLong(0, r));
            sink.consume(decoded.getDouble(1, r));
            sink.consume(decoded.getLong(2, r));
            sink.consume(decoded.getDouble(3, r));
            sink.consume(decoded.getString(4, r));
            sink.consume(decoded.getLong(5, r));
        }
    }
}
