package io.jfvm.gas.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A finding is only useful if its (seed, index) gives back the same module. */
class FuzzModuleTest {
    @Test
    void seedAndIndexDetermineTheModule() throws Exception {
        try (WasmOpt wasmOpt = WasmOpt.require()) {
            FuzzModule a = FuzzModule.generate(wasmOpt, 7, 3);
            FuzzModule b = FuzzModule.generate(wasmOpt, 7, 3);
            assertEquals(a.features(), b.features());
            assertArrayEquals(a.wasm(), b.wasm());
            assertArrayEquals(a.deNaNed(), b.deNaNed());
            assertFalse(Arrays.equals(a.wasm(), FuzzModule.generate(wasmOpt, 7, 4).wasm()));
            assertFalse(Arrays.equals(a.wasm(), FuzzModule.generate(wasmOpt, 8, 3).wasm()));
        }
    }
}
