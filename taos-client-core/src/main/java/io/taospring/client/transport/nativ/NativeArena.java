package io.taospring.client.transport.nativ;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Native memory for the arguments of one call, freed together when the call has returned. Not thread-safe. */
final class NativeArena implements AutoCloseable {

    private static final int POINTER_SIZE = Native.POINTER_SIZE;

    private final List<Memory> blocks = new ArrayList<>();

    /** Zeroed memory of {@code size} bytes (at least one byte is allocated). */
    Memory allocate(long size) {
        Memory memory = new Memory(Math.max(1, size));
        memory.clear();
        blocks.add(memory);
        return memory;
    }

    /** A NUL-terminated UTF-8 copy of {@code text}. */
    Pointer string(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Memory memory = allocate(bytes.length + 1L);
        memory.write(0, bytes, 0, bytes.length);
        return memory;
    }

    /** An array of pointers ({@code T **}). */
    Memory pointers(List<Pointer> pointers) {
        Memory memory = allocate((long) pointers.size() * POINTER_SIZE);
        for (int i = 0; i < pointers.size(); i++) {
            memory.setPointer((long) i * POINTER_SIZE, pointers.get(i));
        }
        return memory;
    }

    @Override
    public void close() {
        blocks.forEach(Memory::close);
        blocks.clear();
    }
}
