package io.jfvm.gas.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.pass.Pass;
import io.jfvm.gas.price.UnsupportedNetworkVersionException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FvmInstrumentationTest {
    private static List<String> ids(List<Pass> passes) {
        return passes.stream().map(Pass::id).toList();
    }

    @Test
    void pipelineOrderAndVersionFollowTheNetworkVersion() {
        List<Pass> v2 = FvmInstrumentation.forNetworkVersion(17);
        assertEquals(List.of(FeatureCheckPass.class, StackLimiterPass.class, GasMeteringPass.class),
                v2.stream().map(Object::getClass).toList());
        assertTrue(ids(v2).stream().allMatch(id -> id.contains("0.2.0")), ids(v2).toString());
        assertTrue(ids(v2).get(1).contains("limit=2048"));
        assertTrue(ids(v2).get(2).contains("module=gas") && ids(v2).get(2).contains("SKYR"));
        List<Pass> v3 = FvmInstrumentation.forNetworkVersion(18);
        assertTrue(ids(v3).stream().allMatch(id -> id.contains("0.4.0")), ids(v3).toString());
        // Pass ids key the compiled-module cache: different rules must give different ids.
        assertNotEquals(ids(v3), ids(FvmInstrumentation.forNetworkVersion(21)));
        assertEquals(ids(FvmInstrumentation.forNetworkVersion(21)), ids(FvmInstrumentation.forNetworkVersion(24)));
        assertThrows(UnsupportedNetworkVersionException.class, () -> FvmInstrumentation.forNetworkVersion(14));
    }
}
