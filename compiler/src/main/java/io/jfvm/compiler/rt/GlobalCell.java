package io.jfvm.compiler.rt;

import io.jfvm.compiler.ir.GlobalType;

/**
 * A global that crosses an instance boundary (imported or exported), so instances and the host share it.
 * Numeric values are held as raw bits: i32 sign-extended, f32 and f64 as their IEEE bit patterns.
 */
public final class GlobalCell {
    public final GlobalType type;
    public long bits;
    public Object ref;

    public GlobalCell(GlobalType type) {
        this.type = type;
    }

    public GlobalCell(GlobalType type, Object value) {
        this.type = type;
        set(value);
    }

    /** The value boxed as {@link Values} describes. */
    public Object get() {
        return type.type().isReference() ? ref : Values.box(type.type(), bits);
    }

    public void set(Object value) {
        if (type.type().isReference()) {
            ref = value;
        } else {
            bits = Values.bits(type.type(), value);
        }
    }
}
