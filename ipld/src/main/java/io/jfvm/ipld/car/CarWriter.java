package io.jfvm.ipld.car;

import io.jfvm.ipld.Block;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Varint;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.cbor.CborMap;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** Writes a CARv1 stream: the header on construction, then one section per {@link #write(Block)}. */
public final class CarWriter {
    private final OutputStream out;

    public CarWriter(OutputStream out, List<Cid> roots) throws IOException {
        this.out = out;
        CborValue header = new CborMap(Map.of(
                "roots", new CborArray(roots.stream().<CborValue>map(CborLink::new).toList()),
                "version", CborInt.of(1)));
        byte[] h = DagCbor.encode(header);
        out.write(Varint.encode(h.length));
        out.write(h);
    }

    public void write(Block block) throws IOException {
        byte[] cid = block.cid().toBytes();
        out.write(Varint.encode((long) cid.length + block.data().length));
        out.write(cid);
        out.write(block.data());
    }
}
