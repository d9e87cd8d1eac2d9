package io.jfvm.runtime.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.testing.SharedData;
import io.jfvm.ipld.testing.TestVector;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.StateTreeVersion;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Every vector's pre-state loads: the manifest is found through the system actor, the message's sender resolves
 * to an existing account-like actor, and the receiver resolves to an existing actor unless the message creates it.
 */
class PreStateLoadTest {
    private static final Cid V9_DATA = Cid.parse("bafy2bzacebhoemuuebamhlw7mbr7ehljkymyaf75ywlw4irms4xv3oosskpyk");
    private static final Cid V10_DATA = Cid.parse("bafy2bzacea5a4r4pgc5pjcy2kx7mcbjcmc72chs7qqyl5o4jirxiplnqdmpo2");

    @Test
    void everyPreStateResolvesSenderAndReceiver() {
        int loaded = 0;
        int receiversFound = 0;
        int receiversToCreate = 0;
        for (TestVector v : SharedData.vectors()) {
            Path p = v.path();
            VectorState vs = VectorState.load(v);
            StateTree tree = vs.preTree();
            boolean nv17 = vs.vector().networkVersion() == 17;
            assertEquals(nv17 ? StateTreeVersion.V4 : StateTreeVersion.V5, tree.version(), p.toString());
            Manifest manifest = Manifest.loadFromStateTree(tree);
            assertEquals(nv17 ? V9_DATA : V10_DATA, manifest.dataCid(), p.toString());

            OptionalLong from = tree.lookupId(vs.message().from());
            assertTrue(from.isPresent(), p + ": sender " + vs.message().from() + " does not resolve");
            ActorState sender = tree.getActor(from.getAsLong()).orElseThrow(() -> new AssertionError(p + ": no sender actor"));
            assertNotEquals(0, manifest.typeOf(sender.code()), p + ": sender code is not builtin");

            Address to = vs.message().to();
            OptionalLong toId = tree.lookupId(to);
            if (toId.isPresent() && tree.getActor(toId.getAsLong()).isPresent()) {
                receiversFound++;
            } else {
                assertTrue(!to.isId(), p + ": receiver " + to + " does not exist");
                receiversToCreate++;
            }
            loaded++;
        }
        System.out.printf("pre-states loaded: %d/%d; senders resolved: %d; receivers found: %d, to be created: %d%n",
                loaded, loaded, loaded, receiversFound, receiversToCreate);
        assertEquals(320, loaded);
    }
}
