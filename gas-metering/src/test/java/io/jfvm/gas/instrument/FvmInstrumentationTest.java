package io.jfvm.gas.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.pass.Pass;
import io.jfvm.gas.price.PriceLists;
import java.util.List;
import org.junit.jupiter.api.Test;

class FvmInstrumentationTest {
    private static List<String> ids(List<Pass> passes) {
        return passes.stream().map(Pass::id).toList();
    }

    @Test
    void pipelineOrderAndReleaseFollowThePriceList() {
        List<Pass> v2 = FvmInstrumentation.passes(PriceLists.SKYR);
        assertEquals(List.of(FeatureCheckPass.class, StackLimiterPass.class, GasMeteringPass.class),
                v2.stream().map(Object::getClass).toList());
        assertTrue(ids(v2).stream().allMatch(id -> id.contains("0.2.0")), ids(v2).toString());
        assertTrue(ids(v2).get(1).contains("limit=2048"));
        assertTrue(ids(v2).get(2).contains("module=gas") && ids(v2).get(2).contains("SKYR"));
        List<Pass> v3 = FvmInstrumentation.passes(PriceLists.HYGGE);
        assertTrue(ids(v3).stream().allMatch(id -> id.contains("0.4.0")), ids(v3).toString());
        // Pass ids key the compiled-module cache. v3 and v4 instrument identically (fvm-v4-deltas.md §3), so they
        // share compiled code; v2 must not.
        assertNotEquals(ids(v2), ids(v3));
        assertEquals(ids(v3), ids(FvmInstrumentation.passes(PriceLists.WATERMELON)));
        assertEquals(ids(v3), ids(FvmInstrumentation.passes(PriceLists.TEEP)));
    }
}
