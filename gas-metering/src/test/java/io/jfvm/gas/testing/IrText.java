package io.jfvm.gas.testing;

import io.jfvm.compiler.ir.DataSegment;
import io.jfvm.compiler.ir.ElementSegment;
import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Global;
import io.jfvm.compiler.ir.Import;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Module;
import java.util.HexFormat;
import java.util.List;

/**
 * A canonical text form of an IR module for exact structural comparison. It covers everything that decides how
 * a module behaves (types, imports, functions with their locals and bodies, tables, memories, globals, exports,
 * start, segments) and leaves out what a printed expectation cannot carry: names, custom sections, and whether a
 * data count section is present.
 */
public final class IrText {
    private IrText() {}

    public static String module(Module m) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < m.types().size(); i++) {
            sb.append("type ").append(i).append(' ').append(m.types().get(i)).append('\n');
        }
        for (Import imp : m.imports()) {
            sb.append("import ").append(imp.module()).append('.').append(imp.name()).append(' ').append(imp.kind());
            switch (imp.kind()) {
                case FUNCTION -> sb.append(" type ").append(imp.typeIndex());
                case TABLE -> sb.append(' ').append(imp.table());
                case MEMORY -> sb.append(' ').append(imp.memory());
                case GLOBAL -> sb.append(' ').append(imp.global());
            }
            sb.append('\n');
        }
        int imported = m.functionCount() - m.functions().size();
        for (int i = 0; i < m.functions().size(); i++) {
            Function f = m.functions().get(i);
            sb.append("func ").append(imported + i).append(" type ").append(f.typeIndex()).append(" locals ")
                    .append(f.locals()).append('\n');
            sb.append(body(f.body()));
        }
        m.tables().forEach(t -> sb.append("table ").append(t).append('\n'));
        m.memories().forEach(t -> sb.append("memory ").append(t).append('\n'));
        for (Global g : m.globals()) {
            sb.append("global ").append(g.type()).append(" init ").append(g.init()).append('\n');
        }
        for (Export e : m.exports()) {
            sb.append("export \"").append(e.name()).append("\" ").append(e.kind()).append(' ').append(e.index())
                    .append('\n');
        }
        if (m.start() >= 0) {
            sb.append("start ").append(m.start()).append('\n');
        }
        for (ElementSegment e : m.elements()) {
            sb.append("elem ").append(e.mode()).append(' ').append(e.type()).append(" table ").append(e.tableIndex())
                    .append(" offset ").append(e.offset()).append(" items ").append(e.items()).append('\n');
        }
        for (DataSegment d : m.datas()) {
            sb.append("data ").append(d.active() ? "active mem " + d.memoryIndex() + " offset " + d.offset() : "passive")
                    .append(' ').append(HexFormat.of().formatHex(d.bytes())).append('\n');
        }
        return sb.toString();
    }

    /** One instruction per line. */
    public static String body(List<Instr> body) {
        StringBuilder sb = new StringBuilder();
        for (Instr i : body) {
            sb.append("  ").append(i).append('\n');
        }
        return sb.toString();
    }
}
