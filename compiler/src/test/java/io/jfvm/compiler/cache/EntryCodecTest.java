package io.jfvm.compiler.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jfvm.compiler.codegen.GeneratedModule;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entry format is read back exactly, and every kind of damage is detected rather than trusted. */
class EntryCodecTest {
    private static final CacheKey KEY = new CacheKey("ab".repeat(32), "test-compiler", "nan=false");

    private static CacheEntry entry() {
        GeneratedModule g = new GeneratedModule("wasm.M", Map.of("wasm.M", new byte[] {1, 2, 3}, "wasm.M$1",
                new byte[] {4}), 3, 5, 100, 0);
        return new CacheEntry(g, new byte[] {0, 'a', 's', 'm'}, Map.of(0, "gas_counter", 2, "stack_height"));
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        byte[] file = EntryCodec.write(KEY, entry());
        CacheEntry read = EntryCodec.read(file, KEY);
        GeneratedModule g = read.generated();
        assertEquals("wasm.M", g.mainClass());
        assertArrayEquals(new byte[] {1, 2, 3}, g.classes().get("wasm.M"));
        assertArrayEquals(new byte[] {4}, g.classes().get("wasm.M$1"));
        assertEquals(2, g.classes().size());
        assertEquals(Arrays.asList(3, 5, 100, 0),
                Arrays.asList(g.functions(), g.jvmMethods(), g.largestMethodBytes(), g.methodsOverHugeLimit()));
        assertArrayEquals(entry().shape(), read.shape());
        assertEquals(entry().globalIntrinsics(), read.globalIntrinsics());
        assertArrayEquals(file, EntryCodec.write(KEY, read), "equal entries must give equal files");
    }

    @Test
    void everyTruncationIsRejected() {
        byte[] file = EntryCodec.write(KEY, entry());
        for (int length = 0; length < file.length; length++) {
            byte[] truncated = Arrays.copyOf(file, length);
            assertThrows(CorruptEntryException.class, () -> EntryCodec.read(truncated, KEY), "length " + length);
        }
    }

    @Test
    void everyFlippedBitIsRejected() {
        byte[] file = EntryCodec.write(KEY, entry());
        for (int i = 0; i < file.length * 8; i++) {
            byte[] damaged = file.clone();
            damaged[i / 8] ^= (byte) (1 << (i % 8));
            assertThrows(CorruptEntryException.class, () -> EntryCodec.read(damaged, KEY), "bit " + i);
        }
    }

    @Test
    void trailingBytesAreRejected() {
        byte[] file = EntryCodec.write(KEY, entry());
        byte[] longer = Arrays.copyOf(file, file.length + 1);
        assertThrows(CorruptEntryException.class, () -> EntryCodec.read(longer, KEY));
    }

    @Test
    void anEntryForAnotherKeyIsRejected() {
        byte[] file = EntryCodec.write(KEY, entry());
        CacheKey otherCompiler = new CacheKey(KEY.moduleSha256(), "other-compiler", KEY.options());
        CacheKey otherOptions = new CacheKey(KEY.moduleSha256(), KEY.compilerVersion(), "nan=true");
        assertThrows(CorruptEntryException.class, () -> EntryCodec.read(file, otherCompiler));
        assertThrows(CorruptEntryException.class, () -> EntryCodec.read(file, otherOptions));
    }

    @Test
    void anotherFormatVersionIsRejected() {
        byte[] file = EntryCodec.write(KEY, entry());
        file[8 + 3] = (byte) (EntryCodec.FORMAT_VERSION + 1); // the low byte of the big-endian format version
        CorruptEntryException e = assertThrows(CorruptEntryException.class, () -> EntryCodec.read(file, KEY));
        assertEquals("entry format " + (EntryCodec.FORMAT_VERSION + 1) + ", expected " + EntryCodec.FORMAT_VERSION,
                e.getMessage());
    }
}
