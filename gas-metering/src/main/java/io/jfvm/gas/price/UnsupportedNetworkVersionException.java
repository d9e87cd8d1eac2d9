package io.jfvm.gas.price;

/** No price list exists for a network version (the FVM panics in this case). */
public final class UnsupportedNetworkVersionException extends IllegalArgumentException {
    public UnsupportedNetworkVersionException(int networkVersion) {
        super("network version " + networkVersion + " is not supported: jfvm has price lists for nv16–17 (SKYR),"
                + " nv18–20 (HYGGE), nv21–24 (WATERMELON) and nv25–28 (TEEP)");
    }
}
