package io.jfvm.runtime.state;

import io.jfvm.ipld.store.LayeredBlockstore;
import io.jfvm.ipld.store.MemoryBlockstore;
import io.jfvm.ipld.testing.SharedData;
import io.jfvm.ipld.testing.TestVector;
import io.jfvm.ipld.types.Message;

/** A vector's blocks over its bundle's blocks, with the decoded message. */
record VectorState(TestVector vector, LayeredBlockstore store, Message message) {
    static VectorState load(TestVector v) {
        LayeredBlockstore store = new LayeredBlockstore(new MemoryBlockstore(), SharedData.bundle(v.bundleFile()));
        SharedData.loadCar(v.car(), store);
        return new VectorState(v, store, Message.decode(v.messages().get(0)));
    }

    StateTree preTree() {
        return StateTree.load(store, vector.preRoot());
    }

    StateTree postTree() {
        return StateTree.load(store, vector.postRoot());
    }
}
