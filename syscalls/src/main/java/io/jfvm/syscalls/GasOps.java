package io.jfvm.syscalls;

import io.jfvm.gas.GasTracker;
import io.jfvm.gas.price.PriceList;

/** Gas: the message's tracker and the price list in force. */
public interface GasOps {
    GasTracker gasTracker();

    PriceList priceList();
}
