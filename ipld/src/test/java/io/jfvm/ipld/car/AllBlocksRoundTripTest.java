package io.jfvm.ipld.car;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.Block;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.cbor.DagCbor;
import io.jfvm.ipld.testing.SharedData;
import io.jfvm.ipld.testing.TestVector;
import io.jfvm.ipld.types.Message;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every block of every vector CAR and of both bundles must decode strictly and re-encode to the identical bytes
 * and CID; each CAR must also survive a write/read cycle through {@link CarWriter}, and every vector message must
 * decode and re-encode to its original bytes.
 */
class AllBlocksRoundTripTest {
    private int blocks;
    private int cars;
    private int messages;

    @Test
    void everyBlockOfEveryVectorAndBundleRoundTrips() throws IOException {
        for (TestVector v : SharedData.vectors()) {
            Path p = v.path();
            List<Cid> roots = checkCar(new ByteArrayInputStream(v.car()), p.getFileName().toString());
            assertTrue(roots.contains(v.preRoot()), p + ": CAR roots lack the pre-state root");
            for (byte[] m : v.messages()) {
                assertArrayEquals(m, Message.decode(m).encode(), p + ": message re-encodes differently");
                messages++;
            }
        }
        for (Path p : SharedData.bundleFiles()) {
            try (InputStream in = Files.newInputStream(p)) {
                checkCar(in, p.getFileName().toString());
            }
        }
        System.out.printf("blocks round-tripped: %d of %d in %d CARs; messages round-tripped: %d%n", blocks, blocks,
                cars, messages);
        assertEquals(322, cars);
    }

    private List<Cid> checkCar(InputStream in, String name) throws IOException {
        List<Block> all = new ArrayList<>();
        List<Cid> roots;
        try (CarReader r = CarReader.open(in)) {
            roots = r.roots();
            for (Block b = r.next(); b != null; b = r.next()) {
                checkBlock(b, name);
                all.add(b);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CarWriter w = new CarWriter(out, roots);
        for (Block b : all) w.write(b);
        try (CarReader again = CarReader.open(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(roots, again.roots(), name);
            for (Block b : all) {
                Block c = again.next();
                assertEquals(b.cid(), c.cid(), name);
                assertArrayEquals(b.data(), c.data(), name);
            }
            assertEquals(null, again.next(), name);
        }
        cars++;
        return roots;
    }

    private void checkBlock(Block b, String car) {
        long codec = b.cid().codec();
        byte[] reencoded;
        if (codec == Multicodec.DAG_CBOR || codec == Multicodec.CBOR) {
            reencoded = DagCbor.encode(DagCbor.decode(b.data()));
        } else {
            assertEquals(Multicodec.RAW, codec, car + ": unexpected codec in " + b.cid());
            reencoded = b.data();
        }
        assertArrayEquals(b.data(), reencoded, car + ": block " + b.cid() + " re-encodes differently");
        assertEquals(b.cid(), Cid.of(codec, reencoded), car + ": CID differs after re-encoding");
        assertEquals(b.cid(), Cid.parse(b.cid().toString()), car + ": CID string form does not round-trip");
        blocks++;
    }
}
