package io.jfvm.conformance;

import io.jfvm.ipld.Cid;

/** No loaded bundle has the manifest a vector's system actor points at. */
public final class MissingBundleException extends RuntimeException {
    private final Cid manifestData;

    public MissingBundleException(Cid manifestData, String message) {
        super(message);
        this.manifestData = manifestData;
    }

    public Cid manifestData() {
        return manifestData;
    }
}
