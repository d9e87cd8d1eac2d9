package io.jfvm.ipld.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NetworkVersionTest {
    @Test
    void eachVersionHasItsNumberAndLine() {
        for (int nv = 16; nv <= 28; nv++) {
            assertEquals(nv, NetworkVersion.of(nv).number());
        }
        assertEquals(FvmLine.V2, NetworkVersion.of(17).line());
        assertEquals(FvmLine.V3, NetworkVersion.of(18).line());
        assertEquals(FvmLine.V3, NetworkVersion.of(20).line());
        assertEquals(FvmLine.V4, NetworkVersion.of(21).line());
        assertEquals(FvmLine.V4, NetworkVersion.of(28).line());
        assertEquals("FireHorse", NetworkVersion.NV28.upgradeName());
        assertTrue(NetworkVersion.NV25.atLeast(NetworkVersion.NV21));
    }

    @Test
    void unsupportedVersionsNameTheNumberAndTheRange() {
        for (long nv : new long[] {-1, 0, 15, 29, Long.MAX_VALUE, Long.MIN_VALUE}) {
            var e = assertThrows(UnsupportedNetworkVersionException.class, () -> NetworkVersion.of(nv));
            assertTrue(e.getMessage().startsWith("network version " + nv + " is not supported"), e.getMessage());
            assertTrue(e.getMessage().contains("nv16–nv28 (v2: nv16–17, v3: nv18–20, v4: nv21–28)"), e.getMessage());
        }
    }
}
