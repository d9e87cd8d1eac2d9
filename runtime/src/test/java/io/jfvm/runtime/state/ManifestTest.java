package io.jfvm.runtime.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.cbor.CborText;
import io.jfvm.ipld.store.MemoryBlockstore;
import io.jfvm.ipld.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestTest {
    @Test
    void bundleManifestsMatchTheirTsv() throws IOException {
        List<String> rows = Files.readAllLines(SharedData.root().resolve("bundles/manifests.tsv"));
        for (String bundle : List.of("v9-mainnet.car", "v10-mainnet.car")) {
            List<String[]> mine = rows.stream().skip(1).map(r -> r.split("\t")).filter(r -> r[0].equals(bundle)).toList();
            Manifest m = Manifest.loadFromBundleRoot(SharedData.bundle(bundle), Cid.parse(mine.get(0)[3]));
            assertEquals(Cid.parse(mine.get(0)[4]), m.dataCid());
            assertEquals(mine.size(), m.names().size());
            for (int i = 0; i < mine.size(); i++) {
                Cid code = Cid.parse(mine.get(i)[6]);
                assertEquals(code, m.codeOf(mine.get(i)[5]));
                assertEquals(i + 1, m.typeOf(code));
                assertEquals(code, m.codeOfType(i + 1));
                assertEquals(mine.get(i)[5], m.nameOf(code));
                assertEquals(Long.parseLong(mine.get(i)[7]), SharedData.bundle(bundle).get(code).length);
            }
        }
        Manifest v10 = Manifest.loadFromBundleRoot(SharedData.bundle("v10-mainnet.car"),
                Cid.parse("bafy2bzacecsuyf7mmvrhkx2evng5gnz5canlnz2fdlzu2lvcgptiq2pzuovos"));
        assertEquals(16, v10.names().size());
        assertEquals(14, v10.typeOf(v10.codeOf("evm")));
        assertEquals(0, v10.typeOf(v10.dataCid()));
        assertNull(v10.codeOfType(17));
    }

    @Test
    void manifestWithoutRequiredActorsIsRejected() {
        MemoryBlockstore bs = new MemoryBlockstore();
        Cid code = bs.put(Multicodec.RAW, new byte[] {0});
        Cid data = bs.putCbor(new CborArray(List.of(CborArray.of(new CborText("system"), new CborLink(code)))));
        StateTreeException e = assertThrows(StateTreeException.class, () -> Manifest.load(bs, data));
        assertTrue(e.getMessage().contains("lacks the required actor \"init\""), e.getMessage());
    }
}
