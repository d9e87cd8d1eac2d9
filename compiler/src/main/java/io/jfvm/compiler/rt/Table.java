package io.jfvm.compiler.rt;

import io.jfvm.compiler.ir.ValType;
import java.util.Arrays;

/** A table of references ({@link FuncRef} or any host object for externref; null is the null reference). */
public final class Table {
    /** Tables are Java arrays; this caps their size well below what a JVM array could hold. */
    public static final int MAX_ELEMENTS = 10_000_000;

    public final ValType elementType;
    private Object[] elements;
    private final long max;
    private final ResourceLimiter limiter;

    public Table(ValType elementType, int initial, long max) {
        this(elementType, initial, max, ResourceLimiter.NONE);
    }

    /**
     * A table growing only as far as {@code limiter} allows.
     *
     * @throws ResourceLimitException when the limiter refuses the initial elements
     */
    public Table(ValType elementType, int initial, long max, ResourceLimiter limiter) {
        if (initial > MAX_ELEMENTS) {
            throw new IllegalArgumentException("table of " + initial + " elements exceeds the engine's limit of "
                    + MAX_ELEMENTS);
        }
        if (!limiter.tableGrowing(0, initial)) {
            throw new ResourceLimitException("a table of " + initial + " elements exceeds the resource limit");
        }
        this.elementType = elementType;
        this.elements = new Object[initial];
        this.max = max < 0 || max > MAX_ELEMENTS ? MAX_ELEMENTS : max;
        this.limiter = limiter;
    }

    public int size() {
        return elements.length;
    }

    /** The declared maximum, capped at {@link #MAX_ELEMENTS}. */
    public long max() {
        return max;
    }

    public Object get(int index) {
        Object[] e = elements;
        if (index < 0 || index >= e.length) {
            throw Trap.tableOutOfBounds();
        }
        return e[index];
    }

    public void set(int index, Object value) {
        Object[] e = elements;
        if (index < 0 || index >= e.length) {
            throw Trap.tableOutOfBounds();
        }
        e[index] = value;
    }

    /** {@code table.grow}: the old size, or -1 when the table cannot grow by {@code delta}. */
    public int grow(int delta, Object init) {
        int old = elements.length;
        long wanted = (long) old + Integer.toUnsignedLong(delta);
        if (wanted > max) {
            return -1;
        }
        if (delta != 0 && !limiter.tableGrowing(old, wanted)) {
            return -1;
        }
        elements = Arrays.copyOf(elements, (int) wanted);
        Arrays.fill(elements, old, (int) wanted, init);
        return old;
    }

    /** {@code table.fill}. */
    public void fill(int offset, Object value, int count) {
        if (Integer.toUnsignedLong(offset) + Integer.toUnsignedLong(count) > elements.length) {
            throw Trap.tableOutOfBounds();
        }
        Arrays.fill(elements, offset, offset + count, value);
    }

    /** {@code table.init} from an element segment's evaluated references. */
    public void init(Object[] segment, int dst, int src, int count) {
        if (Integer.toUnsignedLong(src) + Integer.toUnsignedLong(count) > segment.length
                || Integer.toUnsignedLong(dst) + Integer.toUnsignedLong(count) > elements.length) {
            throw Trap.tableOutOfBounds();
        }
        System.arraycopy(segment, src, elements, dst, count);
    }

    /** {@code table.copy}; overlapping ranges copy as if through a temporary buffer. */
    public static void copy(Table dstTable, int dst, Table srcTable, int src, int count) {
        if (Integer.toUnsignedLong(src) + Integer.toUnsignedLong(count) > srcTable.elements.length
                || Integer.toUnsignedLong(dst) + Integer.toUnsignedLong(count) > dstTable.elements.length) {
            throw Trap.tableOutOfBounds();
        }
        System.arraycopy(srcTable.elements, src, dstTable.elements, dst, count);
    }
}
