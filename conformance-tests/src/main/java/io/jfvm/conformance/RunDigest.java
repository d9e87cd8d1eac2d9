package io.jfvm.conformance;

import io.jfvm.gas.GasCharge;
import io.jfvm.ipld.Hashes;
import io.jfvm.ipld.types.Receipt;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run of vectors produced, reduced to one digest per vector: its verdict, and for every variant the actual
 * state root and every message's exit code, return bytes, gas used and gas charges (name, compute and other gas, in
 * order). Two runs are deterministic with each other when their digests are equal, whatever the thread count, JVM
 * or machine. Give it results of a runner {@link VectorRunner#withAllGasTraces() keeping every trace}.
 */
public final class RunDigest {
    private final Map<String, String> byVector;

    private RunDigest(Map<String, String> byVector) {
        this.byVector = byVector;
    }

    public static RunDigest of(List<VectorResult> results) {
        Map<String, String> m = new TreeMap<>();
        for (VectorResult r : results) {
            m.put(r.id(), digest(r));
        }
        return new RunDigest(m);
    }

    private static String digest(VectorResult r) {
        StringBuilder sb = new StringBuilder(r.verdict().name());
        for (VariantResult v : r.variants()) {
            sb.append("|variant ").append(v.variantId()).append(" root ").append(v.actualRoot());
            for (MessageResult m : v.messages()) {
                Receipt a = m.actual();
                sb.append("|msg ").append(m.index()).append(' ').append(a.exitCode()).append(' ')
                        .append(HexFormat.of().formatHex(a.returnData())).append(' ').append(a.gasUsed());
                for (GasCharge c : m.gasTrace()) {
                    sb.append(';').append(c.name()).append(',').append(c.computeMilligas()).append(',')
                            .append(c.otherMilligas());
                }
            }
        }
        return HexFormat.of().formatHex(Hashes.blake2b256(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The vectors whose digests differ between this run and {@code other}, or that only one of them ran. */
    public List<String> differences(RunDigest other) {
        List<String> out = new ArrayList<>();
        TreeMap<String, String> all = new TreeMap<>(byVector);
        other.byVector.forEach(all::putIfAbsent);
        for (String id : all.keySet()) {
            if (!java.util.Objects.equals(byVector.get(id), other.byVector.get(id))) {
                out.add(id);
            }
        }
        return out;
    }

    /** One line per vector: {@code id digest}, sorted by id, so runs of different processes compare with diff. */
    public String lines() {
        StringBuilder sb = new StringBuilder();
        byVector.forEach((id, d) -> sb.append(id).append(' ').append(d).append('\n'));
        return sb.toString();
    }

    public int size() {
        return byVector.size();
    }
}
