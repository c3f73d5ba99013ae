package io.taospring.bench.codec;

import io.taospring.client.codec.RawBlockBuilder;
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

/**
 * Building and encoding one 4096-row block of the meters schema with a reused builder, as the embedded
 * server does for every block of a scan: column-wise bulk appends, and value-by-value appends.
 * Throughput in blocks per second; multiply by 4096 for rows per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class BlockEncodeBenchmark {

    private MetersData data;
    private RawBlockBuilder builder;

    /** Generates the rows once per trial. */
    @Setup
    public void generateRows() {
        data = new MetersData();
        builder = new RawBlockBuilder(MetersData.FIELDS);
    }

    /** Appends the columns in bulk and encodes. */
    @Benchmark
    public byte[] buildColumnsAndEncode() {
        builder.reset();
        return data.appendColumns(builder).encode();
    }

    /** Appends value by value, row by row, and encodes. */
    @Benchmark
    public byte[] buildRowsAndEncode() {
        builder.reset();
        return data.appendRows(builder).encode();
    }
}
