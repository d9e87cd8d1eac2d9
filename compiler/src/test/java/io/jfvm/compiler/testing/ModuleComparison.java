package io.jfvm.compiler.testing;

import io.jfvm.compiler.ir.CustomSection;
import io.jfvm.compiler.ir.DataSegment;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Module;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Structural equality of IR modules for tests: the IR's records compare by value except for their byte arrays,
 * and {@link Function} and {@link Module} have identity equality, so this compares field by field and names
 * the first difference. Function intrinsics compare by index only (they are code, not data).
 */
public final class ModuleComparison {
    private ModuleComparison() {}

    /** A description of the first difference between {@code a} and {@code b}, or null when they are equal. */
    public static String firstDifference(Module a, Module b) {
        String d = list("types", a.types(), b.types());
        d = d != null ? d : list("imports", a.imports(), b.imports());
        d = d != null ? d : functions(a.functions(), b.functions());
        d = d != null ? d : list("tables", a.tables(), b.tables());
        d = d != null ? d : list("memories", a.memories(), b.memories());
        d = d != null ? d : list("globals", a.globals(), b.globals());
        d = d != null ? d : list("exports", a.exports(), b.exports());
        d = d != null ? d : value("start", a.start(), b.start());
        d = d != null ? d : list("element segments", a.elements(), b.elements());
        d = d != null ? d : datas(a.datas(), b.datas());
        d = d != null ? d : value("data count section", a.hasDataCount(), b.hasDataCount());
        d = d != null ? d : customs(a.customSections(), b.customSections());
        d = d != null ? d : value("global intrinsics", a.globalIntrinsics(), b.globalIntrinsics());
        d = d != null ? d : value("function intrinsic indices", a.functionIntrinsics().keySet(),
                b.functionIntrinsics().keySet());
        return d;
    }

    private static String functions(List<Function> a, List<Function> b) {
        String d = value("function count", a.size(), b.size());
        for (int i = 0; d == null && i < a.size(); i++) {
            Function x = a.get(i);
            Function y = b.get(i);
            String where = "defined function " + i + " ";
            d = value(where + "type index", x.typeIndex(), y.typeIndex());
            d = d != null ? d : value(where + "locals", x.locals(), y.locals());
            d = d != null ? d : value(where + "name", x.name(), y.name());
            d = d != null ? d : list(where + "body", x.body(), y.body());
        }
        return d;
    }

    private static String datas(List<DataSegment> a, List<DataSegment> b) {
        String d = value("data segment count", a.size(), b.size());
        for (int i = 0; d == null && i < a.size(); i++) {
            DataSegment x = a.get(i);
            DataSegment y = b.get(i);
            boolean same = x.active() == y.active() && x.memoryIndex() == y.memoryIndex()
                    && x.offset().equals(y.offset()) && Arrays.equals(x.bytes(), y.bytes());
            d = same ? null : "data segment " + i + " differs";
        }
        return d;
    }

    private static String customs(List<CustomSection> a, List<CustomSection> b) {
        String d = value("custom section count", a.size(), b.size());
        for (int i = 0; d == null && i < a.size(); i++) {
            CustomSection x = a.get(i);
            CustomSection y = b.get(i);
            boolean same = x.name().equals(y.name()) && x.afterSectionId() == y.afterSectionId()
                    && Arrays.equals(x.bytes(), y.bytes());
            d = same ? null : "custom section " + i + " (" + x.name() + " / " + y.name() + ") differs";
        }
        return d;
    }

    private static <T> String list(String what, List<T> a, List<T> b) {
        String d = value(what + " count", a.size(), b.size());
        for (int i = 0; d == null && i < a.size(); i++) {
            d = value(what + "[" + i + "]", a.get(i), b.get(i));
        }
        return d;
    }

    private static String value(String what, Object a, Object b) {
        return Objects.equals(a, b) ? null : what + ": " + a + " != " + b;
    }
}
