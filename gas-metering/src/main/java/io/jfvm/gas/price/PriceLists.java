package io.jfvm.gas.price;

/**
 * The FVM's price lists, transcribed from ref-fvm's {@code fvm/src/gas/price_list.rs}: SKYR at {@code fvm@v2.12.1},
 * HYGGE at {@code fvm@v3.14.1}, WATERMELON and TEEP at {@code fvm@v4.8.2}. Which network version uses which list is
 * its FVM line's decision ({@code io.jfvm.runtime.version.FvmRules}), not this class's.
 */
public final class PriceLists {
    private PriceLists() {}

    public static final SkyrPriceList SKYR = SkyrPriceList.INSTANCE;
    public static final HyggePriceList HYGGE = HyggePriceList.INSTANCE;
    public static final WatermelonPriceList WATERMELON = WatermelonPriceList.INSTANCE;
    public static final TeepPriceList TEEP = TeepPriceList.INSTANCE;
}
